#pragma once

#include <QPointer>

class AccountRuntime;
class QObject;

namespace runtimebinding {
// Points a model at another account's runtime (or none): false when it already was. Otherwise
// every connection the model made to the old runtime and its parts is dropped first
// (AccountRuntime::detach), so nothing from the old account reaches the model after the switch.
bool rebind(QPointer<AccountRuntime> &current, AccountRuntime *next, QObject *model);
} // namespace runtimebinding
