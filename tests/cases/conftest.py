import pytest

from tests.cases.helpers import submit_case


@pytest.fixture
def case_a(advisor_a):
    return submit_case(advisor_a)


@pytest.fixture
def case_b(advisor_b):
    return submit_case(advisor_b, full_name="Other Person")
