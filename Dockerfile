# syntax=docker/dockerfile:1
# Quote attribution service: gunicorn (gevent workers, service/worker.py, set in gunicorn.conf.py) serving service.wsgi:app on $PORT.
#   docker build -t quote-attribution .
#   docker run --rm -p 8000:8000 --read-only --tmpfs /tmp quote-attribution
# Both stages use the same base image, so the virtual environment built in the first runs unchanged in the
# second (same Python at the same path).

FROM python:3.11.7-slim-bookworm AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
# Exactly what requirements.txt pins, every file checked against its hash; wheels only, so no compiler.
RUN /opt/venv/bin/pip install --no-deps --require-hashes --only-binary=:all: -r /tmp/requirements.txt

FROM python:3.11.7-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PORT=8000 \
    PROMETHEUS_MULTIPROC_DIR=/tmp/metrics
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin app
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY gunicorn.conf.py openapi.yaml ./
COPY service/ ./service/
USER 10001:10001
EXPOSE 8000
# Ready means the model is loaded and parses a sentence; python's urllib stands in for curl (not in the image).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "service.wsgi:app", "--config", "gunicorn.conf.py"]
