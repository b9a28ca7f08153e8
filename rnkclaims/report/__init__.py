"""The face for browsers: a static website, datasette metadata and exports of the ledger.

The query commands import nothing from here at start-up: ``claimreview`` (plain Python)
loads only for ``--format claimreview``, and jinja2 and openpyxl only when a report or
an export is asked for.
"""
