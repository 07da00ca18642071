"""The gunicorn target: `gunicorn service.wsgi:app -c gunicorn.conf.py`."""

from service.app import create_app

app = create_app()
