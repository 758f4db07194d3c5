#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The account's ideal customer profile (GET/PUT /v1/icp) and the fit it gives a lead. Four
// dimensions — industry, company size, country and tags — each with a weight (0-100) and the
// values that match. A lead's fit is the share of the weight it matches, 0-100, counting only
// dimensions that have both a weight and values; no such dimension means no profile and no fit.
// Graded A (80+), B (60+), C (40+), D. The cache computes the same number in SQL for every lead
// (cacheschema migration 7, view fit_scores); this copy explains one lead's grade on its page and
// is checked against the SQL by the tests. A gadget so QML gets the Grade enum.
class IcpProfile
{
    Q_GADGET

public:
    enum class Dimension
    {
        Industry,
        Size,
        Country,
        Tag,
    };
    Q_ENUM(Dimension)

    enum class Grade
    {
        None, // no profile, so no fit
        A,
        B,
        C,
        D,
    };
    Q_ENUM(Grade)

    struct Criterion
    {
        int weight = 0;
        QStringList values;
        bool operator==(const Criterion &) const = default;
    };

    // What the profile is compared with: a lead's firmographics.
    struct Company
    {
        QString industry, size, country;
        QStringList tags;
    };

    // One line of a grade's explanation: a dimension that counts, whether the lead matched it.
    struct Reason
    {
        Dimension dimension = Dimension::Industry;
        int weight = 0;
        bool matched = false;
        QString value; // the lead's value ("" when it has none); for tags the matching tag
    };

    static constexpr int kMaxWeight = 100;
    static constexpr int kMaxValues = 100;
    static constexpr int kGradeA = 80;
    static constexpr int kGradeB = 60;
    static constexpr int kGradeC = 40;

    static const QList<Dimension> &dimensions();
    // "industries", "sizes", …: the document's keys; "industry", …: the cache's icp_weights names.
    static QString documentKey(Dimension dimension);
    static QString cacheName(Dimension dimension);
    static QString label(Dimension dimension);
    static QString label(Grade grade); // "A" … "D", "—"
    static const QList<Grade> &grades(); // A … D, then None
    static QString wireName(Grade grade); // "A" … "D", "none": saved views and links
    static std::optional<Grade> gradeFromWire(QStringView name);

    // A document as the server sends it; *error says what is wrong with one that is not.
    static std::optional<IcpProfile> fromJson(const QJsonObject &document, QString *error);
    // The PUT /v1/icp body.
    QJsonObject toJson() const;

    const Criterion &criterion(Dimension dimension) const { return m_criteria[size_t(dimension)]; }
    void setCriterion(Dimension dimension, Criterion criterion);
    // Dimensions that count (a weight and values); none: no profile.
    bool isEmpty() const;
    qint64 version() const { return m_version; }
    QDateTime updatedAt() const { return m_updatedAt; }

    std::optional<int> fit(const Company &company) const;
    // The same for a fit class as the cache stores it: tags as their JSON text, matched as the
    // SQL does (the tag in quotes, case-folded), without parsing it — a regrade runs this for
    // every class, hundreds of thousands of them.
    std::optional<int> fitOfClass(
        const QString &industry, const QString &size, const QString &country, const QString &tagsJson) const;
    QList<Reason> explain(const Company &company) const;
    static Grade gradeOf(std::optional<int> fit);
    // The fit range of a grade, for filters: [min, max].
    static std::pair<int, int> range(Grade grade);

    bool operator==(const IcpProfile &) const = default;

private:
    std::array<Criterion, 4> m_criteria;
    qint64 m_version = 0;
    QDateTime m_updatedAt;
};
