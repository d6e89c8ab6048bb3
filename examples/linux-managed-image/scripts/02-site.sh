#!/usr/bin/env bash
# Publishes the site copied from workflow-artifacts/ to the default customizer-destination, /tmp/<template name>.
set -euo pipefail
sudo install -d -m 0755 /var/www/example
sudo cp -r /tmp/example-web-server/site/. /var/www/example/
sudo tee /etc/nginx/sites-available/default >/dev/null <<'NGINX'
server {
  listen 80 default_server;
  root /var/www/example;
}
NGINX
sudo systemctl enable nginx
