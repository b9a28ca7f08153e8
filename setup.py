"""The packaging rule pyproject.toml cannot state: the example ledger in data/ (one copy,
used by this repository too) ships inside the package as ``rnkclaims.data``, so an
installed rnkclaims carries it. Everything else is in pyproject.toml and MANIFEST.in.

Every folder under rnkclaims/ is a package (namespace discovery), so data folders of
a wing (templates, say) ship with it without being listed."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["rnkclaims", "rnkclaims.*"], exclude=["*__pycache__"]),
        "rnkclaims.data",
        "rnkclaims.data.sources",
    ],
    package_dir={"rnkclaims.data": "data"},
)
