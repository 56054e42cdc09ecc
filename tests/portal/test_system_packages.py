"""`make run` and `make test` install the Debian packages they need on a bare machine.

The step runs with stand-ins for dpkg-query, apt-get and id on the PATH, so that a machine
without Chromium or flite can be played without removing them from this one."""

import os
import subprocess
from pathlib import Path

from django.conf import settings

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "system-packages"


def stand_ins(folder, *, missing, uid):
    log = folder / "apt.log"
    commands = {
        "dpkg-query": (
            f'for p in {" ".join(missing) or "NONE"}; do [ "${{@: -1}}" = "$p" ] && exit 1; done\n'
            'printf "install ok installed"\n'
        ),
        "apt-get": f'echo "$*" >> {log}\n',
        "id": f"echo {uid}\n",
    }
    for name, body in commands.items():
        path = folder / name
        path.write_text("#!/usr/bin/env bash\n" + body)
        path.chmod(0o755)
    return log


def run(folder):
    env = {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}
    return subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, check=False)


def test_missing_packages_are_installed_after_an_update_as_root(tmp_path):
    log = stand_ins(tmp_path, missing=["chromium", "flite"], uid=0)
    result = run(tmp_path)
    assert result.returncode == 0, result.stderr
    update, install = log.read_text().splitlines()
    assert update == "update -qq"
    assert install.startswith("install -y -qq --no-install-recommends")
    assert install.split()[-2:] == ["chromium", "flite"]


def test_nothing_is_said_or_installed_when_everything_is_there(tmp_path):
    log = stand_ins(tmp_path, missing=[], uid=0)
    result = run(tmp_path)
    assert result.returncode == 0
    assert result.stdout == result.stderr == ""
    assert not log.exists()


def test_without_root_the_missing_packages_are_named_and_nothing_is_installed(tmp_path):
    log = stand_ins(tmp_path, missing=["flite"], uid=1000)
    result = run(tmp_path)
    assert result.returncode == 1
    assert "flite" in result.stderr and "apt-get install flite" in result.stderr
    assert not log.exists()
