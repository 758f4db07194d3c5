import QtQuick
import QtTest
import com.miraget.desktop

TestCase {
    name: "PendingChangesWording"
    when: windowShown

    PendingChangesPopup { id: popup }

    function test_lead_edits() {
        compare(popup.describe("lead_patch", '{"status":"working"}'), "status → Working")
        compare(popup.describe("lead_patch", '{"assignee_id":null}'), "unassigned")
        compare(popup.describe("lead_patch", '{"tags":["icp","hot"]}'), "tags → icp, hot")
    }

    function test_notes() {
        compare(popup.describe("note_create", '{"body":"Called them"}'), "New note: “Called them”")
        compare(popup.describe("note_delete", '{}'), "Note deleted")
    }

    function test_conflict_values() {
        compare(popup.valueText("status", '"won"'), "Won")
        compare(popup.valueText("tags", '[]'), "none")
        compare(popup.valueText("body", 'null'), "(nothing)")
    }
}
