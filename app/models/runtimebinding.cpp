#include "runtimebinding.h"

#include "account/accountruntime.h"
#include "storage/cachereader.h"
#include "sync/accountsync.h"

namespace runtimebinding {

bool rebind(QPointer<AccountRuntime> &current, AccountRuntime *next, QObject *model)
{
    if (current == next)
        return false;
    if (AccountRuntime *old = current) {
        QObject::disconnect(old, nullptr, model, nullptr);
        QObject::disconnect(&old->cache(), nullptr, model, nullptr);
        QObject::disconnect(&old->sync(), nullptr, model, nullptr);
    }
    current = next;
    return true;
}

} // namespace runtimebinding
