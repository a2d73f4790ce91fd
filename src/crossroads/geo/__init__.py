"""Places: toponyms in an article, resolved to coordinates and countries, and event places.

- `find_places(doc)`: every toponym of a parsed text (spaCy GPE/LOC/FAC entities and the actors
  layer's place mentions), resolved to a GeoNames city (name, ISO alpha-3 country, latitude,
  longitude) or a country / US state / region (country only, no coordinates).
- `attach_places(events, places)`: each event with the place its evidence names.

See docs/places.md for the choices and the data's licence (GeoNames, CC-BY 4.0).
"""

from __future__ import annotations

from crossroads.geo.attach import attach_places
from crossroads.geo.find import find_places
from crossroads.geo.gazetteer import default_index

__all__ = ["attach_places", "default_index", "find_places"]
