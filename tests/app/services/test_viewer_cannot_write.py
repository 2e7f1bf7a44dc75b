"""Every writing service, called as a viewer with valid arguments, raises PermissionDenied
and writes nothing (SQLite and PostgreSQL).

Every public function of `app/services` that takes a Session must be classified below as
READ, WRITE (with its arguments), or SYSTEM; a new service that is not classified fails
`test_every_service_is_classified`, so none can be forgotten.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import random

from openpyxl import Workbook
from sqlalchemy import func, select

import app.services
from app.errors import PermissionDenied
from app.models import AuditEntry
from app.rules.person import PersonInput, UnitInput
from app.rules.tally import Sheet

READ = {
    "accounts": {"accounts_exist", "list_accounts"},
    "audit": {"list_entries", "row_history"},
    "ballot": {
        "ballot_events",
        "ballot_paper_data",
        "compare_passes",
        "entry_state",
        "get_ballot",
        "list_ballots",
        "list_candidates",
        "meeting_minutes_data",
        "preview_tally",
        "sealed_result",
        "tally_minutes_data",
        "verify_seal",
    },
    "bloc": {
        "bloc_members",
        "compute_ranking",
        "get_table",
        "home_member_of_unit",
        "leadership_history",
        "list_assessors",
        "list_members",
        "list_scores",
        "list_tables",
        "load_bloc",
        "suggest_leader",
        "table_members",
    },
    "bloc_admin": {"count_table_scores", "list_blocs", "list_member_details"},
    "catalogue": {
        "award_names",
        "engine_rules",
        "get_rule_set",
        "list_award_rules",
        "list_award_types",
        "list_rule_sets",
        "rule_set_in_force",
    },
    "council": {
        "agenda",
        "committee",
        "default_council_id",
        "get_meeting",
        "get_member",
        "list_attendance",
        "list_councils",
        "list_meetings",
        "list_members",
        "quorum",
    },
    "dashboard": {"dashboard_summary", "unprinted_decisions"},
    "decision_read": {"get_decision"},
    "decision": {
        "approved_nominations",
        "default_input",
        "list_decisions",
        "suggest_number",
        "validate_input",
        "list_money",
    },
    "documents": {"list_items", "open_round_id", "settings_dict", "submission_data"},
    "money": {
        "award_amount",
        "base_salary_in_force",
        "decision_amounts",
        "get_rule_set_money",
        "list_base_salaries",
        "rewards_report",
        "year_total_spent",
    },
    "nomination_import": {"preview_nomination_import"},
    "example": {"example_counts", "examples_report", "get_example", "list_examples", "stage_counts"},
    "history": {"get_history", "overlapping_leave_error"},
    "history_import": {"preview_history_import"},
    "info": {"database_counts"},
    "integrity": {"chain_head", "full_check", "quick_check", "verify_chain", "chain_findings"},
    "ballot_scans": {"ballot_reference"},
    "movement": {"get_round", "list_movements", "list_registrations", "list_rounds"},
    "nomination": {
        "conflicts_of_interest",
        "list_nominations",
        "nomination_events",
        "quota_warnings",
        "round_counts",
        "review_confirmation",
        "review_holds",
        "round_verdicts",
        "rows_for_export",
        "list_nomination_rows",
        "nomination_listing",
        "nomination_detail",
    },
    "org": {"get_person", "list_units", "search_people"},
    "pledge": {"default_signatories", "draft_pledge", "get_pledge", "list_pledge_years", "pledge_document"},
    "printing": {
        "check_certificates",
        "decision_certificates",
        "decision_template_key",
        "get_blank_layout",
        "get_printer_profile",
        "list_print_log",
        "list_printer_profiles",
        "load_template",
        "logged_certificates",
        "write_test_sheet",
        "test_sheet_targets",
    },
    "reports": {
        "award_shares",
        "awards_by_unit",
        "awards_by_year_level",
        "build_report",
        "form_0601",
        "form_0602",
        "form_0603",
        "preview",
        "report_units",
    },
    "scoring_report": {"scoring_report"},
    "settings": {"get_emblem", "get_settings"},
    "staff_import": {"preview_import"},
    "excel_import": {"preview_kind"},
    # Exports read and write a file; they append an EXPORT event, which any role may.
    "_exports": set(),
}
EXPORTS = {
    ("decision", "export_decision_list"),
    ("example", "export_examples"),
    ("nomination", "export_nominations"),
    ("reports", "export_report"),
    ("scoring_report", "export_scoring"),
    ("money", "export_payments"),
    ("documents", "export_submission"),
    ("documents", "export_ballot_papers"),
    ("documents", "export_tally"),
    ("documents", "export_meeting_minutes"),
    ("pledge", "export_pledge"),
}
# Run by the program itself, not for a user: seeding at open (no-ops once seeded), the
# login (counts failures for anyone), events (any role), the role check itself.
SYSTEM = {
    ("settings", "seed_settings"),
    ("catalogue", "seed_catalogue"),
    ("accounts", "authenticate"),
    ("audit", "log_event"),
    ("audit", "require_role"),
    # Helpers every service uses on records it already changed (write checks apply at flush).
    ("common", "load_for_update"),
    ("common", "flush_or_stale"),
}


def _services() -> set[tuple[str, str]]:
    found = set()
    for info in pkgutil.iter_modules(app.services.__path__):
        mod = importlib.import_module(f"app.services.{info.name}")
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if (
                fn.__module__ == mod.__name__
                and not name.startswith("_")
                and "session" in inspect.signature(fn).parameters
            ):
                found.add((info.name, name))
    return found


def _write_calls(w: dict, tmp) -> dict[tuple[str, str], callable]:
    """(module, function) → call(session) with valid arguments on the world `w`."""
    from app.exports.certificates import CertificateData
    from app.services import (
        accounts,
        ballot,
        bloc,
        bloc_admin,
        catalogue,
        council,
        decision,
        documents,
        example,
        excel_import,
        history,
        history_import,
        money,
        movement,
        nomination,
        nomination_import,
        org,
        pledge,
        printing,
        settings,
        staff_import,
    )
    from app.services.printing import ProfileData

    v = w["version"]
    cert = [
        CertificateData(
            "Nguyễn Thị Hoa",
            gender="F",
            award_name="GIẤY KHEN",
            decision_number="12/QĐ-UBND",
            decision_date=dt.date(2025, 1, 20),
        )
    ]

    def dec_input(n):
        return decision.DecisionInput(
            number=n,
            symbol="QĐ-UBND",
            decision_date=dt.date(2025, 1, 25),
            place="Hà Nội",
            issuing_body="UBND tỉnh",
            agency_name="Sở Nội vụ",
            signer_name="Nguyễn Văn A",
            signer_title="GIÁM ĐỐC",  # noqa: E731
            round_id=w["round"],
        )

    return {
        ("accounts", "create_account"): lambda s: accounts.create_account(
            s, login="moi", password="mật-khẩu-1", role="viewer"
        ),
        ("accounts", "disable_account"): lambda s: accounts.disable_account(s, login="quantri"),
        ("accounts", "set_password"): lambda s: accounts.set_password(s, login="quantri", new_password="mới-mới-mới"),
        ("accounts", "set_role"): lambda s: accounts.set_role(s, login="xem", role="admin"),
        ("ballot", "add_sheet"): lambda s: ballot.add_sheet(
            s, ballot_id=w["b_entry"], entry="A", kind="ballot", struck=[1]
        ),
        ("ballot", "create_ballot"): lambda s: ballot.create_ballot(
            s, meeting_id=w["meeting"], award_code="CSTDCS", nomination_ids=[w["noms"][6]]
        ),
        ("ballot", "create_second_round"): lambda s: ballot.create_second_round(s, ballot_id=w["b_tie"]),
        ("ballot", "delete_ballot"): lambda s: ballot.delete_ballot(s, ballot_id=w["b_entry"]),
        ("ballot", "delete_sheet"): lambda s: ballot.delete_sheet(s, ballot_id=w["b_entry"], entry="A", number=1),
        ("ballot", "finish_entry"): lambda s: ballot.finish_entry(s, ballot_id=w["b_entry"], entry="A"),
        ("ballot", "reopen_ballot"): lambda s: ballot.reopen_ballot(s, ballot_id=w["b_sealed"], reason="Nhập nhầm"),
        ("ballot", "replace_sheet"): lambda s: ballot.replace_sheet(
            s, ballot_id=w["b_entry"], entry="A", number=1, kind="ballot", struck="1"
        ),
        ("ballot", "seal_ballot"): lambda s: ballot.seal_ballot(s, ballot_id=w["b_ready"]),
        ("ballot", "undo_last_sheet"): lambda s: ballot.undo_last_sheet(s, ballot_id=w["b_entry"], entry="A"),
        ("ballot", "update_ballot"): lambda s: ballot.update_ballot(
            s,
            ballot_id=w["b_entry"],
            version=v(s, "ballot", w["b_entry"]),
            title="Bầu lại",
            max_approvals=None,
            quota=None,
            issued=10,
            spares=2,
        ),
        ("bloc", "add_assessors"): lambda s: bloc.add_assessors(
            s, table_id=w["panel_table"], assessors=[bloc.AssessorInput("Ông Một")]
        ),
        ("bloc", "add_council_as_assessors"): lambda s: bloc.add_council_as_assessors(
            s, table_id=w["panel_table"], council_id=w["council"]
        ),
        ("bloc", "add_members"): lambda s: bloc.add_members(s, bloc_id=w["bloc"], names=["Báo Mới"]),
        ("bloc", "copy_table_from_last_year"): lambda s: bloc.copy_table_from_last_year(
            s, bloc_id=w["bloc"], year=w["table_year"] + 1
        ),
        ("bloc", "create_bloc"): lambda s: bloc.create_bloc(s, name="Khối mới"),
        ("bloc", "create_table"): lambda s: bloc.create_table(
            s, bloc_id=w["bloc"], year=2031, name="Bảng mới", declared_total=10, items=[("A", "Tiêu chí A", 10)]
        ),
        ("bloc", "delete_table"): lambda s: bloc.delete_table(s, table_id=w["table"]),
        ("bloc", "nominate_from_ranking"): lambda s: bloc.nominate_from_ranking(
            s, table_id=w["table"], round_id=w["demo_round"], merit_count=1
        ),
        ("bloc", "record_scores"): lambda s: bloc.record_scores(
            s, table_id=w["table"], member_id=w["score"][0], assessor_id=w["score"][1], points={w["score"][2]: None}
        ),
        ("bloc", "remove_assessor"): lambda s: bloc.remove_assessor(s, assessor_id=w["panel_assessor"]),
        ("bloc", "set_assessor_mode"): lambda s: bloc.set_assessor_mode(s, table_id=w["panel_table"], mode="MEMBERS"),
        ("bloc", "set_leadership"): lambda s: bloc.set_leadership(
            s, bloc_id=w["bloc"], year=2031, leader_id=w["score"][0]
        ),
        ("bloc", "sync_member_assessors"): lambda s: bloc.sync_member_assessors(s, table_id=w["panel_table"]),
        ("bloc", "update_table"): lambda s: bloc.update_table(s, table_id=w["table"], name="Tên mới"),
        ("bloc_admin", "remove_member"): lambda s: bloc_admin.remove_member(s, member_id=w["spare_member"]),
        ("bloc_admin", "rename_bloc"): lambda s: bloc_admin.rename_bloc(s, bloc_id=w["bloc"], name="Khối đổi tên"),
        ("bloc_admin", "set_table_year"): lambda s: bloc_admin.set_table_year(s, table_id=w["panel_table"], year=2029),
        ("bloc_admin", "update_member"): lambda s: bloc_admin.update_member(
            s, member_id=w["spare_member"], joined_year=2015, left_year=None
        ),
        ("catalogue", "copy_rule_set"): lambda s: catalogue.copy_rule_set(
            s,
            source_id=w["rule_set"],
            name="Bản sao",
            legal_text="NĐ 98/2023",
            effective_from=dt.date(2010, 1, 1),
            effective_to=dt.date(2010, 12, 31),
        ),
        ("catalogue", "update_award_rule"): lambda s: catalogue.update_award_rule(
            s, rule_id=w["rule"].id, version=w["rule"].version, params=w["rule"].params
        ),
        ("catalogue", "update_award_type"): lambda s: catalogue.update_award_type(
            s,
            code=w["award_type"].code,
            version=w["award_type"].version,
            name=w["award_type"].name + " (sửa)",
            authority=w["award_type"].authority,
            reward_multiple=w["award_type"].reward_multiple,
        ),
        ("catalogue", "update_rule_set"): lambda s: catalogue.update_rule_set(
            s,
            rule_set_id=w["rule_set"],
            version=v(s, "rule_set", w["rule_set"]),
            name="Đổi tên",
            legal_text=w["rule_set_row"].legal_text,
            effective_from=w["rule_set_row"].effective_from,
            effective_to=w["rule_set_row"].effective_to,
        ),
        ("council", "add_member"): lambda s: council.add_member(
            s, council_id=w["council"], data=council.MemberInput("Ông Mới", "UY_VIEN")
        ),
        ("council", "create_council"): lambda s: council.create_council(s, name="Hội đồng mới"),
        ("council", "create_meeting"): lambda s: council.create_meeting(
            s, round_id=w["round"], starts_at=dt.datetime(2025, 2, 1, 8, 0)
        ),
        ("council", "set_attendance"): lambda s: council.set_attendance(
            s, meeting_id=w["meeting"], member_id=w["members"][0], status="ABSENT"
        ),
        ("council", "set_committee"): lambda s: council.set_committee(
            s, meeting_id=w["meeting"], head_id=w["members"][1], member_ids=[w["members"][2]]
        ),
        ("council", "set_member_active"): lambda s: council.set_member_active(
            s, member_id=w["members"][9], version=v(s, "council_member", w["members"][9]), active=False
        ),
        ("council", "update_meeting"): lambda s: council.update_meeting(
            s,
            meeting_id=w["meeting"],
            version=v(s, "meeting", w["meeting"]),
            starts_at=dt.datetime(2025, 1, 20, 9),
            ends_at=None,
            place="Phòng họp 2",
            title="",
            quorum_num=2,
            quorum_den=3,
        ),
        ("council", "update_member"): lambda s: council.update_member(
            s,
            member_id=w["members"][9],
            version=v(s, "council_member", w["members"][9]),
            data=council.MemberInput("Phan Thị Thư", "THU_KY", position="Thư ký"),
        ),
        ("decision", "create_decision"): lambda s: decision.create_decision(s, data=dec_input(2), nomination_ids=[]),
        ("decision", "delete_decision"): lambda s: decision.delete_decision(
            s, decision_id=w["decision"], version=v(s, "decision", w["decision"])
        ),
        ("decision", "issue_decision"): lambda s: decision.issue_decision(
            s, decision_id=w["decision"], version=v(s, "decision", w["decision"])
        ),
        ("decision", "set_items"): lambda s: decision.set_items(
            s, decision_id=w["decision"], version=v(s, "decision", w["decision"]), nomination_ids=[]
        ),
        ("decision", "update_decision"): lambda s: decision.update_decision(
            s, decision_id=w["decision"], version=v(s, "decision", w["decision"]), data=dec_input(7)
        ),
        ("demo", "generate_demo"): lambda s: _demo_as_viewer(tmp),
        ("example", "clear_stage"): lambda s: example.clear_stage(s, example_id=w["example"], stage="BOI_DUONG"),
        ("example", "delete_example"): lambda s: example.delete_example(s, example_id=w["example"]),
        ("example", "register_example"): lambda s: example.register_example(
            s, movement_id=w["movement"], person_id=w["people"][0], achievement="Gương sáng"
        ),
        ("example", "save_stages"): lambda s: example.save_stages(
            s, example_id=w["example"], stages={"PHAT_HIEN": (dt.date(2020, 1, 1), "")}
        ),
        ("example", "seed_examples"): lambda s: example.seed_examples(
            s, movement_id=w["movement"], rng=random.Random(3)
        ),
        ("example", "set_stage"): lambda s: example.set_stage(
            s, example_id=w["example"], stage="TONG_KET", on_date=dt.date(2025, 3, 1)
        ),
        ("example", "update_example"): lambda s: example.update_example(
            s, example_id=w["example"], year=2022, achievement="Thành tích mới"
        ),
        ("history", "add_award"): lambda s: history.add_award(s, person_id=w["people"][0], award_code="GK", year=2020),
        ("history", "add_discipline"): lambda s: history.add_discipline(
            s, person_id=w["people"][0], level="KHIEN_TRACH", start_date=dt.date(2019, 1, 1)
        ),
        ("history", "add_initiative"): lambda s: history.add_initiative(
            s, person_id=w["people"][0], title="Sáng kiến", level="CO_SO", year=2021
        ),
        ("history", "add_leave"): lambda s: history.add_leave(
            s, person_id=w["people"][1], start_date=dt.date(2018, 1, 1), end_date=dt.date(2018, 6, 30)
        ),
        ("history", "add_rating"): lambda s: history.add_rating(
            s, person_id=w["people"][0], year=2015, rating="HTXSNV"
        ),
        ("history", "delete_award"): lambda s: history.delete_award(
            s, award_id=w["award"], version=v(s, "award", w["award"])
        ),
        ("history", "delete_discipline"): lambda s: history.delete_discipline(
            s, discipline_id=w["discipline"], version=v(s, "discipline", w["discipline"])
        ),
        ("history", "delete_initiative"): lambda s: history.delete_initiative(
            s, initiative_id=w["initiative"], version=v(s, "initiative", w["initiative"])
        ),
        ("history", "delete_leave"): lambda s: history.delete_leave(
            s, leave_id=w["leave"], version=v(s, "leave", w["leave"])
        ),
        ("history", "delete_rating"): lambda s: history.delete_rating(
            s, rating_id=w["rating"], version=v(s, "rating", w["rating"])
        ),
        ("history", "update_award"): lambda s: history.update_award(
            s, award_id=w["award"], version=v(s, "award", w["award"]), award_code="GK", year=2016
        ),
        ("history", "update_discipline"): lambda s: history.update_discipline(
            s,
            discipline_id=w["discipline"],
            version=v(s, "discipline", w["discipline"]),
            level="CANH_CAO",
            start_date=dt.date(2017, 1, 1),
        ),
        ("history", "update_initiative"): lambda s: history.update_initiative(
            s,
            initiative_id=w["initiative"],
            version=v(s, "initiative", w["initiative"]),
            title="Đổi",
            level="CO_SO",
            year=2017,
        ),
        ("history", "update_leave"): lambda s: history.update_leave(
            s,
            leave_id=w["leave"],
            version=v(s, "leave", w["leave"]),
            start_date=dt.date(2016, 1, 1),
            end_date=dt.date(2016, 5, 1),
        ),
        ("history", "update_rating"): lambda s: history.update_rating(
            s, rating_id=w["rating"], version=v(s, "rating", w["rating"]), year=2016, rating="HTNV"
        ),
        ("history_import", "apply_history_import"): lambda s: history_import.apply_history_import(
            s, history_import.read_history_file(w["history_xlsx"])
        ),
        ("history_import", "run_import"): lambda s: history_import.run_import(s, path=w["history_xlsx"]),
        ("movement", "add_registration"): lambda s: movement.add_registration(
            s, year=2025, award_code="CSTDCS", person_id=w["people"][0]
        ),
        ("movement", "create_movement"): lambda s: movement.create_movement(s, name="Phong trào mới"),
        ("movement", "create_round"): lambda s: movement.create_round(
            s, name="Đợt mới", year=2026, review_date=dt.date(2027, 1, 10)
        ),
        ("movement", "delete_movement"): lambda s: movement.delete_movement(
            s, movement_id=w["movement2"], version=v(s, "movement", w["movement2"])
        ),
        ("movement", "delete_registration"): lambda s: movement.delete_registration(
            s, registration_id=w["registration"], version=v(s, "registration", w["registration"])
        ),
        ("movement", "set_round_status"): lambda s: movement.set_round_status(
            s, round_id=w["round"], version=v(s, "review_round", w["round"]), status="CLOSED"
        ),
        ("movement", "update_movement"): lambda s: movement.update_movement(
            s,
            movement_id=w["movement2"],
            version=v(s, "movement", w["movement2"]),
            name="Đổi tên",
            kind="THUONG_XUYEN",
            start_date=None,
            end_date=None,
            launching_unit_id=None,
        ),
        ("movement", "update_round"): lambda s: movement.update_round(
            s,
            round_id=w["round"],
            version=v(s, "review_round", w["round"]),
            name="Đợt xét đổi tên",
            year=2024,
            review_date=dt.date(2025, 1, 16),
        ),
        ("nomination", "add_nominations"): lambda s: nomination.add_nominations(
            s, round_id=w["round"], award_code="GK", person_ids=[w["people"][0]]
        ),
        ("nomination", "change_status"): lambda s: nomination.change_status(
            s, nomination_id=w["draft_nom"], version=v(s, "nomination", w["draft_nom"]), to_status="SUBMITTED"
        ),
        ("nomination", "change_status_many"): lambda s: nomination.change_status_many(
            s, items=[(w["draft_nom"], v(s, "nomination", w["draft_nom"]))], to_status="SUBMITTED"
        ),
        ("nomination", "compute_verdicts"): lambda s: nomination.compute_verdicts(s, round_id=w["demo_round"]),
        ("nomination", "delete_nomination"): lambda s: nomination.delete_nomination(
            s, nomination_id=w["draft_nom"], version=v(s, "nomination", w["draft_nom"])
        ),
        ("nomination", "propose_ldtt"): lambda s: nomination.propose_ldtt(s, round_id=w["demo_round"]),
        ("nomination", "update_nomination"): lambda s: nomination.update_nomination(
            s,
            nomination_id=w["draft_nom"],
            version=v(s, "nomination", w["draft_nom"]),
            achievement="Mới",
            submitting_unit_id=None,
        ),
        ("org", "create_person"): lambda s: org.create_person(
            s, data=PersonInput("MOI-1", "Lê Văn Mới", "M", w["unit"])
        ),
        ("org", "create_unit"): lambda s: org.create_unit(s, data=UnitInput("MOI", "Đơn vị mới", "CO_QUAN")),
        ("org", "deactivate_person"): lambda s: org.deactivate_person(
            s, person_id=w["people"][0], version=v(s, "person", w["people"][0]), on_date=dt.date(2025, 6, 1)
        ),
        ("org", "reactivate_person"): lambda s: org.reactivate_person(
            s, person_id=w["inactive"], version=v(s, "person", w["inactive"])
        ),
        ("org", "set_unit_active"): lambda s: org.set_unit_active(
            s, unit_id=w["unit"], version=v(s, "unit", w["unit"]), active=False
        ),
        ("org", "update_person"): lambda s: org.update_person(
            s,
            person_id=w["people"][0],
            version=v(s, "person", w["people"][0]),
            data=PersonInput("CB000", "Nguyễn Thị Hoa", "F", w["unit"], position="Trưởng phòng"),
        ),
        ("org", "update_unit"): lambda s: org.update_unit(
            s,
            unit_id=w["unit"],
            version=v(s, "unit", w["unit"]),
            data=UnitInput("CQ-VP", "Văn phòng Sở (đổi)", "DON_VI", w["unit_parent"]),
        ),
        ("pledge", "copy_pledge_from_last_year"): lambda s: pledge.copy_pledge_from_last_year(
            s, bloc_id=w["bloc"], year=w["pledge_year"] + 1
        ),
        ("pledge", "delete_pledge"): lambda s: pledge.delete_pledge(s, pledge_id=w["pledge"]),
        ("pledge", "save_pledge"): lambda s: pledge.save_pledge(
            s, bloc_id=w["bloc"], year=2033, title="Giao ước", content="Nội dung", place="Hà Nội"
        ),
        ("pledge", "set_signed"): lambda s: pledge.set_signed(
            s, pledge_id=w["pledge"], member_id=w["signatory"], signed=not w["signed"]
        ),
        ("printing", "delete_printer_profile"): lambda s: printing.delete_printer_profile(
            s, profile_id=w["profile"], version=v(s, "printer_profile", w["profile"])
        ),
        ("printing", "log_print"): lambda s: printing.log_print(s, items=cert, template_key="giay-khen", blank=False),
        ("printing", "produce_certificates"): lambda s: printing.produce_certificates(
            s, items=cert, template_key="giay-khen", blank=False, out=tmp / "in.pdf"
        ),
        ("printing", "reprint_one"): lambda s: printing.reprint_one(
            s, log_id=w["print_log"], index=0, out=tmp / "in lại.pdf"
        ),
        ("printing", "reset_blank_layout"): lambda s: printing.reset_blank_layout(s, key="giay-khen"),
        ("printing", "save_blank_layout"): lambda s: printing.save_blank_layout(
            s, key="giay-khen", version=w["layout"].version, boxes=w["layout"].template.fields(True)
        ),
        ("printing", "save_printer_profile"): lambda s: printing.save_printer_profile(
            s, data=ProfileData("Máy in tầng 2", 1.0, -0.5, 1.0, 1.0)
        ),
        ("settings", "save_settings"): lambda s: settings.save_settings(
            s, values=__import__("dataclasses").replace(settings.get_settings(s), agency_name="Sở Nội vụ")
        ),
        ("settings", "set_emblem"): lambda s: settings.set_emblem(s, image=None),
        ("documents", "set_setting"): lambda s: documents.set_setting(s, key="place_name", value="Huế"),
        ("ballot_scans", "load_as_pass_b"): lambda s: __import__(
            "app.services.ballot_scans", fromlist=["x"]
        ).load_as_pass_b(s, ballot_id=w["b_entry"], result=w["scan_result"]),
        ("money", "save_base_salary"): lambda s: money.save_base_salary(
            s, effective_from=dt.date(2026, 7, 1), amount=2_530_000
        ),
        ("money", "delete_base_salary"): lambda s: money.delete_base_salary(
            s, salary_id=w["salary"].id, version=w["salary"].version
        ),
        ("money", "set_rounding"): lambda s: money.set_rounding(
            s,
            rule_set_id=w["rule_set"],
            version=v(s, "rule_set", w["rule_set"]),
            rounding=__import__("app.rules.money", fromlist=["Rounding"]).Rounding(1000, "UP", True),
        ),
        ("money", "freeze_amounts"): lambda s: money.freeze_amounts(s, decision_id=w["decision"]),
        ("nomination", "apply_moves"): lambda s: nomination.apply_moves(
            s, [(s.get(__import__("app.models", fromlist=["Nomination"]).Nomination, w["draft_nom"]), "SUBMITTED", "")]
        ),
        ("nomination", "confirm_no_review_in_round"): lambda s: nomination.confirm_no_review_in_round(
            s, round_id=w["demo_round"]
        ),
        ("nomination", "set_review_hold"): lambda s: nomination.set_review_hold(
            s,
            nomination_id=w["draft_nom"],
            version=v(s, "nomination", w["draft_nom"]),
            kind="KY_LUAT",
            note="Tờ trình số 3",
        ),
        ("nomination_import", "apply_nomination_import"): lambda s: nomination_import.apply_nomination_import(
            s, nomination_import.read_nomination_file(w["nominations_xlsx"]), round_id=w["round"]
        ),
        ("nomination_import", "run_import"): lambda s: nomination_import.run_import(
            s, path=w["nominations_xlsx"], round_id=w["round"]
        ),
        ("staff_import", "apply_import"): lambda s: staff_import.apply_import(
            s, staff_import.read_staff_file(w["staff_xlsx"])
        ),
        ("staff_import", "run_import"): lambda s: staff_import.run_import(s, kind="staff", path=w["staff_xlsx"]),
        ("excel_import", "run_kind"): lambda s: excel_import.run_kind(staff_import.import_kind(), s, w["staff_xlsx"]),
        ("excel_import", "apply_kind"): lambda s: excel_import.apply_kind(
            history_import.import_kind(), s, history_import.read_history_file(w["history_xlsx"])
        ),
    }


def _demo_as_viewer(tmp):
    """The demo needs an empty database: a second one, with a viewer logged in."""
    from app.database import open_database
    from app.services import accounts, demo

    other = open_database(tmp / "trống.db")
    try:
        with other.factory.begin() as s:
            accounts.create_account(s, login="QuanTri", password="mật-khẩu-1", role="admin")
        other.accounts_exist()
        other.login("quantri", "mật-khẩu-1")
        with other.factory.begin() as s:
            accounts.create_account(s, login="xem", password="mật-khẩu-1", role="viewer")
        other.login("xem", "mật-khẩu-1")
        with other.factory() as s:
            demo.generate_demo(s, people=5)
    finally:
        other.close()


def _staff_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cán bộ"
    ws.append(
        [
            "Mã cán bộ*",
            "Họ và tên*",
            "Giới tính*",
            "Ngày sinh",
            "Dân tộc",
            "Chức vụ",
            "Cấp lãnh đạo",
            "Đối tượng",
            "Mã đơn vị*",
            "Ngày bắt đầu công tác",
            "Ngày thôi công tác",
        ]
    )
    ws.append(["NHAP-1", "Phạm Văn Khoa", "Nam", "01/01/1980", "Kinh", "Chuyên viên", None, None, "CQ-VP", None, None])
    wb.save(path)
    return path


def _history_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Xếp loại"
    ws.append(["Mã cán bộ", "Năm", "Xếp loại"])
    ws.append(["CB000", 2012, "HTXSNV"])
    wb.save(path)
    return path


def _nominations_xlsx(path):
    from openpyxl import load_workbook

    from app.exports.nomination_template import write_nomination_template

    write_nomination_template(path)
    wb = load_workbook(path)
    wb["Cá nhân"].append(["CB001", None, None, None, "LDTT", "Hoàn thành tốt nhiệm vụ", None])
    wb.save(path)
    return path


def _world(db, tmp):
    """The demo office (small) plus a council world with ballots in every state, a draft
    decision, a print log, a printer profile; then an admin and a viewer account."""
    from app.models import (
        BlocMember,
        BlocPledge,
        BlocPledgeSignatory,
        ModelExample,
        ModelExampleStage,
        Movement,
        Nomination,
        Person,
        Registration,
        RuleSet,
        ScoringAssessor,
        ScoringItem,
        ScoringTable,
    )
    from app.services import accounts, ballot, catalogue, decision, demo, history, org, printing
    from app.services.printing import ProfileData
    from tests.app.services.test_ballot import enter, make_world

    with db.factory.begin() as s:
        demo.generate_demo(s, people=30, seed=2)
    with db.factory() as s:
        w = make_world(s, candidates=7)
        noms = w["nominations"]
        tie = [Sheet(i, "ballot") for i in range(1, 11)]
        w["b_tie"] = ballot.create_ballot(
            s, meeting_id=w["meeting"], award_code="CSTDCS", nomination_ids=noms[:3], quota=2
        )
        enter(s, w["b_tie"], "A", tie)
        enter(s, w["b_tie"], "B", tie)
        ballot.seal_ballot(s, ballot_id=w["b_tie"])
        w["b_sealed"] = ballot.create_ballot(s, meeting_id=w["meeting"], award_code="CSTDCS", nomination_ids=[noms[3]])
        enter(s, w["b_sealed"], "A", tie)
        enter(s, w["b_sealed"], "B", tie)
        ballot.seal_ballot(s, ballot_id=w["b_sealed"])
        w["b_ready"] = ballot.create_ballot(s, meeting_id=w["meeting"], award_code="CSTDCS", nomination_ids=[noms[4]])
        enter(s, w["b_ready"], "A", tie)
        enter(s, w["b_ready"], "B", tie)
        w["b_entry"] = ballot.create_ballot(s, meeting_id=w["meeting"], award_code="CSTDCS", nomination_ids=[noms[5]])
        for sh in tie[:3]:
            ballot.add_sheet(s, ballot_id=w["b_entry"], entry="A", kind=sh.kind, struck=sh.struck, number=sh.number)
        w["noms"] = (
            list(noms)
            + [
                nom for nom in s.scalars(select(Nomination.id).where(Nomination.status == "CHECKED")) if nom not in noms
            ][:1]
        )
        w["draft_nom"] = s.scalar(select(Nomination.id).where(Nomination.status == "DRAFT").limit(1))
        w["demo_round"] = s.scalar(select(Nomination.round_id).where(Nomination.status == "DRAFT").limit(1))
        w["decision"] = decision.create_decision(
            s,
            data=decision.DecisionInput(
                number=1,
                symbol="QĐ-UBND",
                decision_date=dt.date(2025, 1, 22),
                round_id=w["round"],
                place="Hà Nội",
                issuing_body="UBND tỉnh",
                agency_name="Sở Nội vụ",
                signer_name="Nguyễn Văn A",
                signer_title="GIÁM ĐỐC",
            ),
            nomination_ids=[noms[3]],
        )
        person = s.get(Person, w["people"][0])
        from app.models import Unit

        w["unit"] = person.unit_id
        w["unit_parent"] = s.get(Unit, w["unit"]).parent_id
        w["inactive"] = w["people"][5]
        p5 = s.get(Person, w["inactive"])
        org.deactivate_person(s, person_id=p5.id, version=p5.version, on_date=dt.date(2024, 1, 1))
        pid = w["people"][2]
        w["rating"] = history.add_rating(s, person_id=pid, year=2014, rating="HTTNV")
        w["award"] = history.add_award(s, person_id=pid, award_code="GK", year=2013)
        w["initiative"] = history.add_initiative(s, person_id=pid, title="Cải tiến", level="CO_SO", year=2013)
        w["discipline"] = history.add_discipline(s, person_id=pid, level="KHIEN_TRACH", start_date=dt.date(2012, 1, 1))
        w["leave"] = history.add_leave(
            s, person_id=w["people"][3], start_date=dt.date(2012, 1, 1), end_date=dt.date(2012, 6, 1)
        )
        w["registration"] = s.scalar(select(Registration.id).limit(1))
        w["movement"] = s.scalar(select(ModelExample.movement_id).limit(1))
        w["movement2"] = s.scalar(
            select(Movement.id)
            .where(Movement.id != w["movement"])
            .where(~Movement.id.in_(select(Registration.movement_id).where(Registration.movement_id.is_not(None))))
            .limit(1)
        ) or s.scalar(select(Movement.id).where(Movement.id != w["movement"]).limit(1))
        w["example"] = s.scalar(select(ModelExampleStage.example_id).limit(1))
        w["stage"] = s.scalar(select(ModelExampleStage.stage).where(ModelExampleStage.example_id == w["example"]))
        table = s.scalars(select(ScoringTable)).first()
        w["table"], w["bloc"], w["table_year"] = table.id, table.bloc_id, table.year
        item = s.scalar(select(ScoringItem.code).where(ScoringItem.table_id == table.id).limit(1))
        assessor = s.scalars(select(ScoringAssessor).where(ScoringAssessor.table_id == table.id)).first()
        scored = s.scalar(
            select(BlocMember.id)
            .where(BlocMember.bloc_id == table.bloc_id, BlocMember.id != assessor.member_id)
            .limit(1)
        )
        w["score"] = (scored, assessor.id, item)
        from app.services import bloc as bl

        w["panel_table"] = bl.create_table(
            s,
            bloc_id=table.bloc_id,
            year=2030,
            name="Bảng hội đồng",
            declared_total=10,
            items=[("A", "Tiêu chí", 10)],
            assessor_mode="PANEL",
        )
        w["spare_member"] = bl.add_members(s, bloc_id=table.bloc_id, names=["Tạp chí Mẫu"])[0]
        pl = s.scalars(select(BlocPledge)).first()
        w["pledge"], w["pledge_year"] = pl.id, pl.year
        sig = s.scalars(select(BlocPledgeSignatory).where(BlocPledgeSignatory.pledge_id == pl.id)).first()
        w["signatory"], w["signed"] = sig.member_id, bool(sig.signed)
        w["rule_set"] = s.scalar(select(RuleSet.id).limit(1))
        w["rule"] = catalogue.list_award_rules(s, rule_set_id=w["rule_set"])[0]
        w["award_type"] = catalogue.list_award_types(s)[0]
        w["profile"] = printing.save_printer_profile(s, data=ProfileData("Máy in phòng TĐKT", 0.5, 0.5, 1.0, 1.0))
        from app.exports.certificates import CertificateData

        w["print_log"] = printing.log_print(
            s, items=[CertificateData("Trần Văn Minh", gender="M")], template_key="giay-khen", blank=False
        )
        base = printing.get_blank_layout(s, key="giay-khen")
        printing.save_blank_layout(s, key="giay-khen", version=base.version, boxes=base.template.fields(True))
        w["layout"] = printing.get_blank_layout(s, key="giay-khen")
        w["panel_assessor"] = bl.add_assessors(s, table_id=w["panel_table"], assessors=[bl.AssessorInput("Bà Hai")])[0]
        w["rule_set_row"] = catalogue.get_rule_set(s, w["rule_set"])
        from app.services import example as ex

        ex.set_stage(s, example_id=w["example"], stage="BOI_DUONG", on_date=dt.date(2024, 12, 1))
        from app.services import money
        from app.services import nomination as nom_svc

        w["salary"] = money.list_base_salaries(s)[-1]
        nom_svc.confirm_no_review_in_round(s, round_id=w["round"])  # the viewer's export below needs it
        s.commit()
        accounts.create_account(s, login="QuanTri", password="mật-khẩu-1", role="admin")
        s.commit()
    db.accounts_exist()
    db.login("quantri", "mật-khẩu-1")
    with db.factory.begin() as s:
        accounts.create_account(s, login="xem", password="mật-khẩu-1", role="viewer")
    db.login("xem", "mật-khẩu-1")
    w["staff_xlsx"] = _staff_xlsx(tmp / "cán bộ.xlsx")
    w["history_xlsx"] = _history_xlsx(tmp / "quá trình.xlsx")
    w["nominations_xlsx"] = _nominations_xlsx(tmp / "đề nghị của đơn vị.xlsx")
    from app.scan_reader import ReadResult, SheetReading

    w["scan_result"] = ReadResult(sheets=[SheetReading(1, [], True)], rejected=[])  # one sure sheet, nothing struck

    def version(s, table, row_id):
        from app.db import Base

        t = Base.metadata.tables[table]
        return s.execute(select(t.c.version).where(t.c.id == row_id)).scalar_one()

    w["version"] = version
    return w


def test_every_service_is_classified():
    calls = _write_calls({"version": None}, None)
    classified = {(m, f) for m, fs in READ.items() for f in fs} | EXPORTS | SYSTEM | set(calls)
    missing = sorted(_services() - classified)
    assert missing == [], f"classify these services as read or write in {__file__}: {missing}"
    assert sorted(classified - _services()) == []


def test_a_viewer_can_write_nothing(db, tmp_path):
    from app.services import audit

    try:
        w = _world(db, tmp_path)
        calls = _write_calls(w, tmp_path)
        with db.factory() as s:
            before = s.scalar(select(func.max(AuditEntry.seq)))
        wrong = []
        for (module, name), call in sorted(calls.items()):
            with db.factory() as s:
                try:
                    call(s)
                    s.flush()
                except PermissionDenied:
                    continue
                except Exception as exc:  # noqa: BLE001 - reported below, the table names the service
                    wrong.append(f"{module}.{name}: {type(exc).__name__}: {exc}"[:300])
                    continue
                finally:
                    s.rollback()
                wrong.append(f"{module}.{name}: no PermissionDenied")
        assert wrong == [], "\n".join(wrong)
        with db.factory() as s:
            assert s.scalar(select(func.max(AuditEntry.seq))) == before  # nothing written, not even half
        # Exports stay allowed (they append an EXPORT event only).
        from app.services.nomination import export_nominations

        with db.factory.begin() as s:
            export_nominations(s, round_id=w["round"], out=tmp_path / "đề nghị.xlsx")
        with db.factory() as s:
            last = audit.list_entries(s, newest_first=True, limit=1)[0]
            assert (last.action, last.account, last.after["kind"]) == ("EXPORT", "xem", "nominations")
    finally:
        audit.set_process_actor(None)
