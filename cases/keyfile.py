"""Development key material: generated once into a git-ignored file, never used in production."""

from pathlib import Path

from cryptography.fernet import Fernet


def dev_key_read_or_create(path: Path) -> str:
    path = Path(path)
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key().decode("ascii")
    path.write_text(key + "\n")
    path.chmod(0o600)
    return key
