"""Log records keep an exception's type and stack, never its message."""

import errno
import logging


def test_a_logged_exception_keeps_types_and_stack_but_no_message(caplog):
    logger = logging.getLogger("portal.checks")
    # Built apart, so that the source lines the stack shows do not carry them.
    host, typed = "zq" + "secret host", "invalid literal: 'zq" + "secret typed'"
    try:
        try:
            raise ConnectionRefusedError(errno.ECONNREFUSED, host)
        except OSError as error:
            raise ValueError(typed) from error
    except ValueError as error:
        logger.exception("Saving failed: %s", error)
    record = caplog.records[-1]
    text = caplog.text
    assert "zqsecret" not in text
    assert record.exc_info is None
    assert "builtins.ConnectionRefusedError [ECONNREFUSED]" in text
    assert "builtins.ValueError" in text
    assert "The above led to:" in text
    # The stack says where it happened.
    assert "test_logs.py" in text and "raise ValueError" in text
    assert record.getMessage().startswith("Saving failed: builtins.ValueError")
