"""Without flite the public forms lose their audio security code: the system check says so,
as an error that stops a production server and as a warning on a developer's machine."""

from django.core.checks import ERROR, WARNING, run_checks

MISSING = "/nonexistent/bin/flite"


def _flite_messages():
    return [message for message in run_checks() if message.id.startswith("home.")]


def test_missing_flite_is_an_error_in_production(settings):
    settings.DEBUG = False
    settings.CAPTCHA_FLITE_PATH = MISSING
    (message,) = _flite_messages()
    assert message.level == ERROR
    assert message.id == "home.E001"
    assert MISSING in message.msg and "flite" in message.hint


def test_missing_flite_is_a_warning_in_development(settings):
    settings.DEBUG = True
    settings.CAPTCHA_FLITE_PATH = None
    (message,) = _flite_messages()
    assert message.level == WARNING
    assert message.id == "home.W001"


def test_a_file_that_cannot_be_run_does_not_count(settings, tmp_path):
    settings.DEBUG = False
    not_executable = tmp_path / "flite"
    not_executable.write_text("")
    not_executable.chmod(0o644)
    settings.CAPTCHA_FLITE_PATH = str(not_executable)
    assert [message.id for message in _flite_messages()] == ["home.E001"]


def test_nothing_is_said_when_flite_is_there(settings, tmp_path):
    program = tmp_path / "flite"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    settings.CAPTCHA_FLITE_PATH = str(program)
    for debug in (False, True):
        settings.DEBUG = debug
        assert _flite_messages() == []
