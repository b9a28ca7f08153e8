"""The read side: who-said, contradictions, denials, confirmations and the commands around them."""

from __future__ import annotations
