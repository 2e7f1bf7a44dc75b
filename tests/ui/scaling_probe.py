"""Run in a subprocess by test_scaling.py (QT_SCALE_FACTOR must be set before the
QApplication): opens the main window, every screen and every dialog on the database given,
and prints one JSON object: the available screen area and, per window, its minimum size,
its size once shown, and (screens) the minimum width of the screen's content.

    python -m tests.ui.scaling_probe DB_URL
"""

from __future__ import annotations

import json
import sys


def main(url: str) -> int:
    from PySide6.QtWidgets import QApplication, QDialog, QWizard

    from ui.app import create_app

    app = create_app([])
    from app.database import open_database
    from app.services import catalogue, council, movement, org
    from ui.main_window import SCREEN_SPECS, MainWindow

    db = open_database(url)
    area = app.primaryScreen().availableGeometry()
    out: dict = {"available": [area.width(), area.height()], "screens": {}, "dialogs": {}}

    window = MainWindow(db)
    window.resize(area.width(), area.height())
    window.show()
    for i, spec in enumerate(SCREEN_SPECS):
        window.sidebar.setCurrentRow(i)
        app.processEvents()
        inner = window.screen(spec.key)
        viewport = window.stack.currentWidget().viewport()
        m = inner.minimumSizeHint()
        out["screens"][spec.key] = {
            "content_min": [m.width(), m.height()],
            "viewport": [viewport.width(), viewport.height()],
        }
    wm = window.minimumSizeHint()
    out["window_min"] = [wm.width(), wm.height()]

    with db.factory() as s:
        units = org.list_units(s)
        person = org.search_people(s, limit=1).rows[0]
        award_types = catalogue.list_award_types(s)
        movements = movement.list_movements(s)
        rounds = movement.list_rounds(s)
        rule_set = catalogue.list_rule_sets(s)[0]
        council_id = council.default_council_id(s)
        member = council.list_members(s, council_id=council_id)[0] if council_id else None
        round_id = rounds[0].id if rounds else None
        from app.services import bloc as bloc_service
        from app.services import bloc_admin
        from app.services import example as example_service

        bloc = bloc_admin.list_blocs(s)[0]
        table = bloc_service.list_tables(s, bloc_id=bloc.id)[0]
        example = example_service.list_examples(s)[0]
        example_movement = next(m for m in movements if m.id == example.movement_id)

    from ui.blocs.blocs_screen import NewBlocDialog
    from ui.blocs.criteria_dialog import CriteriaTableDialog
    from ui.blocs.members_tab import OutsideAgencyDialog, UnitPickerDialog
    from ui.blocs.scoring_tab import AssessorsDialog
    from ui.catalogue.ruleset_dialog import RuleSetDialog
    from ui.connection.copy_dialog import CopyToServerDialog
    from ui.connection.dialog import ConnectionDialog
    from ui.council.council_screen import BallotDialog
    from ui.council.council_screen import MemberDialog as CouncilMemberDialog
    from ui.decisions.decisions_screen import DecisionDialog
    from ui.examples.examples_screen import ExampleDialog, StagesDialog
    from ui.first_run import FirstRunWizard
    from ui.history.history_dialog import HistoryDialog
    from ui.history.record_dialogs import AwardDialog, DisciplineDialog, InitiativeDialog, LeaveDialog, RatingDialog
    from ui.import_wizard import ImportWizard
    from ui.nominations.nominations_screen import ExportOptionsDialog
    from ui.nominations.picker import NomineePickerDialog
    from ui.nominations.reason_dialog import ReasonDialog
    from ui.org.deactivate_dialog import DeactivateDialog
    from ui.org.person_dialog import PersonDialog
    from ui.org.unit_dialog import UnitDialog
    from ui.printing.profiles_dialog import PrinterProfilesDialog
    from ui.printing.template_editor import BlankTemplateEditor
    from ui.rounds.dialogs import MovementDialog, RoundDialog

    dialogs = {
        "ConnectionDialog": lambda: ConnectionDialog(),
        "CopyToServerDialog": lambda: CopyToServerDialog(),
        "InitiativeDialog": lambda: InitiativeDialog(db, person_id=person.id, awards=[]),
        "UnitPickerDialog": lambda: UnitPickerDialog(units, taken_unit_ids=set()),
        "OutsideAgencyDialog": lambda: OutsideAgencyDialog(db, bloc_id=bloc.id),
        "CriteriaTableDialog": lambda: CriteriaTableDialog(db, bloc_id=bloc.id),
        "AssessorsDialog": lambda: AssessorsDialog(db, table.id),
        "ExampleDialog": lambda: ExampleDialog(
            db,
            movement_row=example_movement,
            subject_text=example.subject_name,
            row=example,
            person_id=example.person_id,
            unit_id=example.unit_id,
        ),
        "StagesDialog": lambda: StagesDialog(db, row=example),
        "PersonDialog": lambda: PersonDialog(db, units, person),
        "UnitDialog": lambda: UnitDialog(db, units, units[1]),
        "DeactivateDialog": lambda: DeactivateDialog(person.full_name),
        "HistoryDialog": lambda: HistoryDialog(db, person_id=person.id, subject_name=person.full_name),
        "RatingDialog": lambda: RatingDialog(db, person_id=person.id),
        "AwardDialog": lambda: AwardDialog(db, award_types=award_types, person_id=person.id),
        "DisciplineDialog": lambda: DisciplineDialog(db, person_id=person.id),
        "LeaveDialog": lambda: LeaveDialog(db, person_id=person.id),
        "NomineePickerDialog": lambda: NomineePickerDialog(db, award_types=award_types, units=units),
        "ReasonDialog": lambda: ReasonDialog("Lý do", "Nhập lý do không duyệt:"),
        "ExportOptionsDialog": lambda: ExportOptionsDialog(120, 30),
        "MovementDialog": lambda: MovementDialog(db, units=units),
        "RoundDialog": lambda: RoundDialog(db, movements=movements, default_year=2026),
        "RuleSetDialog": lambda: RuleSetDialog(db, rule_set, copy=True),
        "CouncilMemberDialog": lambda: CouncilMemberDialog(db, member),
        "BallotDialog": lambda: BallotDialog({"CSTDCS": ("Chiến sĩ thi đua cơ sở", 12)}),
        "DecisionDialog": lambda: DecisionDialog(db, round_id=round_id),
        "PrinterProfilesDialog": lambda: PrinterProfilesDialog(db),
        "BlankTemplateEditor": lambda: BlankTemplateEditor(db, "giay-khen"),
        "NewBlocDialog": lambda: NewBlocDialog(db),
        "ImportWizard(staff)": lambda: ImportWizard(db),
        "ImportWizard(history)": lambda: ImportWizard(db, kind="history"),
        "FirstRunWizard": lambda: FirstRunWizard(db),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        app.processEvents()
        if isinstance(dialog, QWizard) and dialog.currentPage().isComplete():
            dialog.next()
            app.processEvents()
        m = dialog.minimumSizeHint()
        frame = dialog.frameGeometry()
        out["dialogs"][name] = {
            "min": [m.width(), m.height()],
            "size": [dialog.width(), dialog.height()],
            "pos": [frame.x(), frame.y()],
        }
        dialog.done(0) if isinstance(dialog, QDialog) else dialog.close()
        dialog.deleteLater()
        app.processEvents()
    window.close()
    db.close()
    print(json.dumps(out))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
