//! `pocketctl` end to end against a real daemon.
