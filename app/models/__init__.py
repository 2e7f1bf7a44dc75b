"""ORM models, one module per concept. Importing this package registers them all."""

from app.models.account import Account, AuditEntry
from app.models.ballot import Ballot, BallotCandidate, BallotEvent, BallotSheet, Meeting, MeetingAttendance
from app.models.bloc import (
    Bloc,
    BlocLeadership,
    BlocMember,
    BlocPledge,
    BlocPledgeSignatory,
    Score,
    ScoringAssessor,
    ScoringItem,
    ScoringTable,
)
from app.models.catalogue import AwardRule, AwardType, RuleSet
from app.models.council import Council, CouncilMember
from app.models.decision import Decision, DecisionItem
from app.models.example import ModelExample, ModelExampleStage
from app.models.history import Award, Discipline, Initiative, Leave, Rating
from app.models.money import BaseSalary
from app.models.movement import Movement, MovementCriterion, Registration, ReviewRound
from app.models.nomination import Nomination, NominationEvent
from app.models.person import Person
from app.models.printing import BlankLayout, PrinterProfile, PrintLog
from app.models.setting import Setting
from app.models.unit import Unit

__all__ = [
    "Account",
    "AuditEntry",
    "Ballot",
    "BallotCandidate",
    "BallotEvent",
    "BallotSheet",
    "Meeting",
    "MeetingAttendance",
    "Award",
    "AwardRule",
    "AwardType",
    "BaseSalary",
    "Leave",
    "Movement",
    "MovementCriterion",
    "Nomination",
    "NominationEvent",
    "Registration",
    "ReviewRound",
    "RuleSet",
    "Council",
    "CouncilMember",
    "Decision",
    "DecisionItem",
    "Discipline",
    "BlankLayout",
    "PrintLog",
    "PrinterProfile",
    "Initiative",
    "Person",
    "Rating",
    "Setting",
    "Unit",
]
