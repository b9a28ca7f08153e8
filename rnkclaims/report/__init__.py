"""The face for browsers: a static website, datasette metadata and exports of the ledger.

Nothing here is imported by the query commands: jinja2 and openpyxl load only when a
report or an export is asked for.
"""
