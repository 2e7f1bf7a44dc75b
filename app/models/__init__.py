"""ORM models, one module per concept. Importing this package registers them all."""

from app.models.council import Council, CouncilMember
from app.models.history import Award, Discipline, Initiative, Rating
from app.models.person import Person
from app.models.setting import Setting
from app.models.unit import Unit

__all__ = [
    "Award",
    "Council",
    "CouncilMember",
    "Discipline",
    "Initiative",
    "Person",
    "Rating",
    "Setting",
    "Unit",
]
