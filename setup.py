"""The packaging rule pyproject.toml cannot state: the example ledger in data/ (one copy,
used by this repository too) ships inside the package as ``rnkclaims.data``, so an
installed rnkclaims carries it. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["rnkclaims", "rnkclaims.*"]),
        "rnkclaims.data",
        "rnkclaims.data.sources",
    ],
    package_dir={"rnkclaims.data": "data"},
)
