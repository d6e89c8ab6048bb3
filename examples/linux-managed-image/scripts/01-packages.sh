#!/usr/bin/env bash
# Installs the web server. Runs as the build VM's admin user, hence sudo.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
sudo apt-get update -q
sudo apt-get install -yq nginx
