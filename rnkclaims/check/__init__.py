"""Validation rules, one module per family of rules, each with its problem codes."""
