"""Schemathesis hooks for the contract spec (loaded through SCHEMATHESIS_HOOKS)."""

import re
import uuid

import schemathesis

# What IdempotencyInterceptor takes as a key: 1 to 200 visible ASCII characters.
KEY = re.compile(r"^[\x21-\x7e]{1,200}$")


@schemathesis.hook
def before_call(context, case, kwargs):
    """An Idempotency-Key is a nonce: a client sends a new one with each new command.

    Schemathesis draws keys from a small space ("0", "A" …) and so reuses them across different
    requests, which the server rightly refuses (422) before the command runs; a valid key gets a
    unique suffix (it stays valid), an invalid one is left as drawn so its refusal is still tested.
    Negative cases are left alone: editing one makes Schemathesis revalidate it as positive and put
    back a header it meant to leave out (Authorization); a repeated key only adds a refusal there.
    """
    if case.meta is not None and case.meta.generation.mode.is_negative:
        return
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and KEY.match(value):
            headers[name] = f"{value[:160]}.{uuid.uuid4().hex}"
