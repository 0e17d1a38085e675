#pragma once

#include "records/LabelCache.h"
#include "widgets/RecordPicker.h"

class AppSession;

// Labels and pickers for references between records, over the core services.
namespace UiLookups {
LabelCache companyNames(const AppSession& session);
// "C-2024-0012 · Siam Hotel" for a contract id.
LabelCache contractLabels(const AppSession& session);
RecordPicker* companyPicker(const AppSession& session, QWidget* parent);
RecordPicker* contractPicker(const AppSession& session, QWidget* parent);
} // namespace UiLookups
