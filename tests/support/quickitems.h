#pragma once

// Finding things in a real QML window from a test: by objectName through the visual tree (pages
// made by a Loader are not QObject children of the window), and the texts a person can see.
// Header-only, for the tests that link Qt Quick.

#include <QQuickItem>
#include <QStringList>

namespace quickitems {

inline QQuickItem *find(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = find(child, name))
            return found;
    }
    return nullptr;
}

// The `text` of every visible item under `item`, in tree order.
inline QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item || !item->isVisible())
        return texts;
    if (const QVariant text = item->property("text"); text.isValid() && !text.toString().isEmpty())
        texts.append(text.toString());
    for (QQuickItem *child : item->childItems())
        texts += visibleTexts(child);
    return texts;
}

} // namespace quickitems
