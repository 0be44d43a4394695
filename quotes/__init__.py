"""quotes: find, attribute and classify quotations in German news about the Gaza war."""

__version__ = "0.1.0"
