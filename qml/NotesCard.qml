import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A lead's notes: write one (saved here at once, sent when it can be), edit or delete your own.
Card {
    id: card

    required property LeadDetail detail
    title: qsTr("Notes")
    implicitHeight: notesColumn.implicitHeight + 60

    ColumnLayout {
        id: notesColumn
        width: parent.width
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            visible: card.detail.canEdit
            FormTextArea {
                id: newNote
                objectName: "newNoteField"
                Layout.fillWidth: true
                Layout.minimumHeight: 60
                placeholderText: qsTr("Write a note — who you spoke to, what is next…")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("New note (Ctrl+Enter adds it)")
                onSubmitted: if (text.trim().length > 0) { card.detail.addNote(text); text = "" }
            }
            Button {
                objectName: "addNoteButton"
                text: qsTr("Add note")
                enabled: newNote.text.trim().length > 0
                onClicked: { card.detail.addNote(newNote.text); newNote.text = "" }
            }
        }

        Repeater {
            model: card.detail.notes
            delegate: Rectangle {
                id: note
                // The editor is about to hide while it (or its buttons) has the focus: the focus goes
                // back to the note's Edit button instead of falling out of the page.
                function finishEditing(save, reason) {
                    if (save)
                        card.detail.editNote(note.noteId, editor.text)
                    else
                        editor.text = note.body
                    note.editing = false
                    editButton.forceActiveFocus(reason)
                }
                required property int noteId
                required property string body
                required property var authorName
                required property var createdAt
                required property var updatedAt
                required property bool pending
                required property bool editable
                property bool editing: false

                Layout.fillWidth: true
                implicitHeight: noteColumn.implicitHeight + 16
                radius: 8
                color: Theme.surfaceAlt
                ColumnLayout {
                    id: noteColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: note.authorName || qsTr("Someone"); color: Theme.text; font.weight: Font.DemiBold }
                        Label { Layout.fillWidth: true; text: Format.relative(note.createdAt); color: Theme.mutedText; font.pixelSize: 12 }
                        Chip { visible: note.pending; text: qsTr("Pending"); tint: Theme.warning }
                        ToolButton {
                            id: editButton
                            visible: note.editable && !note.editing
                            text: "✎"
                            onClicked: {
                                note.editing = true
                                editor.forceActiveFocus(visualFocus ? Qt.TabFocusReason : Qt.OtherFocusReason)
                            }
                            Accessible.name: qsTr("Edit note")
                        }
                        ToolButton {
                            visible: note.editable && !note.editing
                            text: "🗑"
                            onClicked: card.detail.deleteNote(note.noteId)
                            Accessible.name: qsTr("Delete note")
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !note.editing
                        text: note.body
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    FormTextArea {
                        id: editor
                        Layout.fillWidth: true
                        visible: note.editing
                        text: note.body
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Note text")
                        onSubmitted: note.finishEditing(true, Qt.TabFocusReason)
                    }
                    RowLayout {
                        visible: note.editing
                        Button { text: qsTr("Save"); onClicked: note.finishEditing(true, visualFocus ? Qt.TabFocusReason : Qt.OtherFocusReason) }
                        Button { text: qsTr("Cancel"); flat: true; onClicked: note.finishEditing(false, visualFocus ? Qt.TabFocusReason : Qt.OtherFocusReason) }
                    }
                }
            }
        }
        Label {
            visible: card.detail.notes.count === 0
            text: qsTr("No notes yet.")
            color: Theme.mutedText
        }
    }
}
