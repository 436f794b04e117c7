#!/usr/bin/env bash
# serve_checked_site.sh - the demo site served as in production, for the external checks and the
# screenshots (docs/quality.md): production settings (DEBUG off), gunicorn, and nginx in front
# for /static/ (collected, pre-compressed), /media/ and gzip, as deploy/nginx/ does (no front cache).
# Usage: bench/serve_checked_site.sh [PORT]   (default 8391; gunicorn listens on PORT+1)
# Needs `make demo` first (db.sqlite3 of this checkout). Runs until Ctrl-C. Work files: /tmp/reseau-checked-PORT.
# It sets the default Wagtail Site to 127.0.0.1:PORT, so that canonical URLs name this server.
# MAP_TILE_URL is empty (no background tiles): the checks must not depend on an outside host.
set -euo pipefail
PORT=${1:-8391}; APP_PORT=$((PORT + 1))
ROOT=$(cd "$(dirname "$0")/.." && pwd); WORK=/tmp/reseau-checked-$PORT
mkdir -p "$WORK"/{client_body,proxy,fastcgi,uwsgi,scgi,static}
export DJANGO_SETTINGS_MODULE=reseau.settings.production
export SECRET_KEY=${SECRET_KEY:-$(head -c 48 /dev/urandom | base64 | tr -dc A-Za-z0-9)}
export ALLOWED_HOSTS=127.0.0.1,localhost CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$PORT
export DATABASE_URL=sqlite:///$ROOT/db.sqlite3 STATIC_ROOT=$WORK/static MAP_TILE_URL=
export SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
export PRIVATE_FILES_SERVE_METHOD=nginx WAGTAILADMIN_BASE_URL=http://127.0.0.1:$PORT LOG_LEVEL=WARNING
cd "$ROOT"
.venv/bin/python manage.py collectstatic --noinput -v 0
.venv/bin/python manage.py migrate --noinput -v 0  # production adds the task queue's table
.venv/bin/python manage.py shell -v 0 -c "from wagtail.models import Site
Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port=$PORT)"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $WORK/client_body; proxy_temp_path $WORK/proxy;
    fastcgi_temp_path $WORK/fastcgi; uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
    upstream reseau_app { server 127.0.0.1:$APP_PORT; keepalive 8; }
    server {
        listen 127.0.0.1:$PORT;
        client_max_body_size 40m;
        gzip on; gzip_vary on; gzip_proxied any; gzip_comp_level 5; gzip_min_length 512;
        gzip_types text/css text/plain text/calendar text/xml application/javascript application/json
                   application/xml application/rss+xml application/atom+xml image/svg+xml;
        location /static/ { alias $WORK/static/; gzip_static on; expires 30d; add_header Cache-Control "public, immutable"; }
        location /media/ { alias $ROOT/media/; expires 7d; }
        location /protected/ { internal; alias $ROOT/private_media/; }
        location / {
            proxy_pass http://reseau_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
EOF
.venv/bin/gunicorn reseau.wsgi --bind "127.0.0.1:$APP_PORT" --workers 2 &
GUNICORN=$!
nginx -c "$WORK/nginx.conf" -p "$WORK" -g 'daemon off;' &
NGINX=$!
trap 'kill $GUNICORN $NGINX 2>/dev/null' EXIT INT TERM
echo "Serving http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
wait
