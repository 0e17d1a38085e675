#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"

#include <QList>

// The starter templates shipped in resources/templates/ (starter_templates.json lists them):
// English and Thai for every renewal and payment type.
namespace StarterTemplates {
// The shipped templates, read from the resources; inactive, with their starter keys set.
Result<QList<EmailTemplate>> load();
} // namespace StarterTemplates

// Installs the starter templates that are not there yet (by starter key, or by name when an office
// already has a template with that name) and returns how many were added. They are installed
// inactive: an admin reviews and activates them. Safe to call on every `rapport-cli init`.
Result<int> installStarterTemplates(const ServiceContext& context);
