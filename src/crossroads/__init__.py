"""crossroads: news as it is really found, turned into structured political event data."""

__version__ = "0.1.0"
