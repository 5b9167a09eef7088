"""airdate: what is really known about when a TV season or film comes out."""

__version__ = "0.1.0"
