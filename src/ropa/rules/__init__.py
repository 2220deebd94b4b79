"""GDPR compliance rules: one module per rule, listed explicitly in RULES.

Each module defines `INFO: RuleInfo` (its docstring is the documentation) and
`check(registry: Registry, context: RuleContext) -> Iterator[Finding]`.
"""

from __future__ import annotations

from types import ModuleType

from ropa.findings import Finding
from ropa.model import Registry
from ropa.rules import (
    adequacy_for_us,
    adequacy_partial_scope,
    adequacy_without_decision,
    authority_outside_jurisdiction,
    compelling_interests_authority_uninformed,
    consent_derogation_unrecorded,
    consent_withdrawal_undescribed,
    created_after_review,
    criminal_data_authority_missing,
    date_in_future,
    dpf_listing_unchecked,
    dpf_outside_us,
    dpf_without_uk_extension,
    dpia_screening,
    dpo_contact_missing,
    explicit_consent_unrecorded,
    joint_controller_arrangement_missing,
    joint_controller_contact_missing,
    joint_controller_essence_missing,
    joint_controllers_inconsistent,
    jurisdiction_not_stated,
    legal_basis_missing,
    legitimate_interest_assessment_missing,
    legitimate_interest_undescribed,
    processing_without_client,
    processor_activity_in_notice,
    processor_contract_missing,
    provision_missing,
    public_authority_derogation,
    public_authority_dpo_missing,
    public_authority_legitimate_interests,
    public_task_with_legitimate_interests,
    representative_missing,
    retention_missing,
    retention_missing_in_notice,
    review_overdue,
    safeguard_where_adequate,
    scc_module_mismatch,
    scc_module_missing,
    scc_without_uk_addendum,
    security_measures_missing,
    special_category_condition_missing,
    sub_processor_role,
    tia_missing,
    transfer_undocumented,
    uk_tool_in_eu_record,
    unknown_supervisory_authority,
    unused_entry,
)
from ropa.rules.context import RuleContext, RuleModule

__all__ = ["RULES", "RuleContext", "RuleModule", "run_rules"]


def _register(*modules: ModuleType) -> dict[str, RuleModule]:
    registered: dict[str, RuleModule] = {}
    for module in modules:
        rule: RuleModule = module
        if rule.INFO.id in registered:
            raise RuntimeError(f"two rule modules claim {rule.INFO.id}")
        registered[rule.INFO.id] = rule
    return registered


RULES: dict[str, RuleModule] = _register(
    # ROPA10x transfers (Chapter V)
    transfer_undocumented,
    adequacy_without_decision,
    dpf_outside_us,
    adequacy_for_us,
    scc_module_missing,
    scc_module_mismatch,
    tia_missing,
    consent_derogation_unrecorded,
    adequacy_partial_scope,
    # ROPA11x legal bases (Arts. 6, 7)
    legal_basis_missing,
    legitimate_interest_undescribed,
    legitimate_interest_assessment_missing,
    public_task_with_legitimate_interests,
    consent_withdrawal_undescribed,
    public_authority_legitimate_interests,
    # ROPA12x special categories and criminal data (Arts. 9, 10)
    special_category_condition_missing,
    explicit_consent_unrecorded,
    criminal_data_authority_missing,
    # ROPA13x roles and contracts (Arts. 26, 27, 28, 30(2), 37)
    processor_contract_missing,
    joint_controller_arrangement_missing,
    processing_without_client,
    representative_missing,
    dpo_contact_missing,
    joint_controllers_inconsistent,
    sub_processor_role,
    public_authority_dpo_missing,
    joint_controller_essence_missing,
    joint_controller_contact_missing,
    # ROPA14x impact assessment (Art. 35)
    dpia_screening,
    # ROPA15x hygiene
    review_overdue,
    unused_entry,
    security_measures_missing,
    unknown_supervisory_authority,
    date_in_future,
    created_after_review,
    # ROPA17x the jurisdiction (EU GDPR or UK GDPR)
    uk_tool_in_eu_record,
    scc_without_uk_addendum,
    dpf_without_uk_extension,
    authority_outside_jurisdiction,
    jurisdiction_not_stated,
    # ROPA16x notices and what they need from the record (Arts. 13, 14, 30(1)(f))
    processor_activity_in_notice,
    retention_missing_in_notice,
    retention_missing,
    provision_missing,
    # ROPA18x transfers, continued (version 1.1 facts)
    dpf_listing_unchecked,
    compelling_interests_authority_uninformed,
    safeguard_where_adequate,
    public_authority_derogation,
)


def run_rules(registry: Registry, context: RuleContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES.values():
        findings.extend(rule.check(registry, context))
    return findings
