"""Keeping Twoway in step with the user's calendar and address book (CalDAV, CardDAV and
read-only ICS subscriptions). Qt-free; the secrets live in the platform's keyring and
what the last sync saw lives in the machine-local state folder (`paths.state_dir`).
"""
