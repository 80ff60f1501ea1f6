#!/bin/sh
# Stands in for sudo in the SSH tests. It accepts only the form Postwarden uses, "sudo -n -- COMMAND...",
# and runs COMMAND as the current user; with FAKE_SUDO_DENY set it refuses the way sudo -n does
# when the sudoers rule asks for a password.
if [ "$1" != "-n" ] || [ "$2" != "--" ]; then
    echo "fake sudo: expected \"-n --\" before the command, got: $*" >&2
    exit 2
fi
shift 2
if [ -n "$FAKE_SUDO_DENY" ]; then
    echo "sudo: a password is required" >&2
    exit 1
fi
exec "$@"
