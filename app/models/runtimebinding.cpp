#include "runtimebinding.h"

#include "account/accountruntime.h"

namespace runtimebinding {

bool rebind(QPointer<AccountRuntime> &current, AccountRuntime *next, QObject *model)
{
    if (current == next)
        return false;
    if (AccountRuntime *old = current)
        old->detach(model);
    current = next;
    return true;
}

} // namespace runtimebinding
