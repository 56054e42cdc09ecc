from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-insecure-key-never-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")

# The seed command may create the demo accounts only where this is True.
PORTAL_DEMO_ACCOUNTS = True

# Generated once into a git-ignored file so encrypted demo cases survive a restart.
if not PORTAL_ENCRYPTION_KEYS:
    from cases.keyfile import dev_key_read_or_create

    PORTAL_ENCRYPTION_KEYS = [dev_key_read_or_create(BASE_DIR / "var" / "dev-encryption.key")]
