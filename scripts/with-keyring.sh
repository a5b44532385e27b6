#!/bin/sh
# Runs a command against a private gnome-keyring. Must run inside a D-Bus session, e.g.
#   dbus-run-session -- sh scripts/with-keyring.sh [--locked] -- <command...>
# The keyring daemon runs in the foreground as our child, so it is stopped when the command ends
# (a daemonized one outlives the D-Bus session). --locked starts it without unlocking.
unlock=1
if [ "$1" = "--locked" ]; then unlock=0; shift; fi
if [ "$1" = "--" ]; then shift; fi
if [ "$unlock" = 1 ]; then
  printf 'icp-desk-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
else
  gnome-keyring-daemon --foreground --components=secrets >/dev/null 2>&1 </dev/null &
fi
daemon=$!
# Wait until the daemon owns the Secret Service name; otherwise D-Bus would start a second one.
i=0
while [ $i -lt 100 ]; do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  i=$((i + 1))
  sleep 0.05
done
"$@"
status=$?
kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
exit $status
