#pragma once

#include "Caller.h"
#include "FormDefinition.h"

#include <QString>
#include <optional>

namespace junheng::server {

// Who may push a record of which form (FormDefinition::filledBy), checked on every push: a county's form
// (C1, C2 问题台账) only from a county (or admin) device, a school's form never under the county's own
// code. A county form's record is kept under the county's code (C1, a county-level ledger item) or a
// school's code (a ledger row about that school, so the school's town sees it when it pulls).
namespace FormRole {

// The record is the county's own (school_code is the caller's county code, on a county device): it has no
// school in the directory but is in the caller's scope.
bool isCountyOwn(const Caller &caller, const QString &schoolCode);

// Why this caller may not push this form for this code, in plain Chinese; nullopt when it may.
std::optional<QString> refusal(const Caller &caller, const FormDefinition &form, const QString &schoolCode);

} // namespace FormRole
} // namespace junheng::server
