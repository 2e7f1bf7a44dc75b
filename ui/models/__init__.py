"""Qt item models over DTO tuples; `data()` never touches the database."""

from ui.models.people_table import PeopleTableModel
from ui.models.table import TupleTableModel
from ui.models.unit_tree import ALL_UNITS, UnitTreeModel

__all__ = ["ALL_UNITS", "PeopleTableModel", "TupleTableModel", "UnitTreeModel"]
