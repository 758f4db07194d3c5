#pragma once

#include <QString>
#include <QtGlobal>

// The anonymous visitor ids the tracker would set, as the seeder makes them: the n-th visitor of an
// account gets a 40-bit code scrambled from the account id and n, printed as "v_" and ten hex
// digits. The scrambling is a bijection, so distinct visitors can never share an id, yet the ids look
// random rather than counting up.
namespace seeding {

quint64 visitorCode(qint64 accountId, quint64 index);
QString visitorIdText(quint64 code);

} // namespace seeding
