using System;
using KentCsp.Domain.Utility;

namespace KentCsp.Domain.Reviews;

/// <summary>Checks the facts of a death against the review criteria of a regime, and explains the outcome criterion by criterion.</summary>
/// <remarks>
/// <para><b>Domestic homicide review</b> (Domestic Violence, Crime and Victims Act 2004 s.9(1)): the death of a person
/// aged 16 or over that has, or appears to have, resulted from violence, abuse or neglect by a relative, a current or
/// former intimate partner, or a member of the same household. The December 2016 statutory guidance adds a suicide
/// where domestic abuse is a factor.</para>
/// <para><b>Domestic abuse related death review</b> (s.9 as amended by the Victims and Prisoners Act 2024 s.19, not yet
/// commenced): a death that has, or appears to have, resulted from domestic abuse within the meaning of the Domestic
/// Abuse Act 2021, suicide included. The library reads that as: the victim aged 16 or over and personally connected
/// (s.2: partners, former partners, relatives — not a household member as such) to the person whose abusive behaviour
/// the death appears to have resulted from. <b>Unconfirmed</b>: s.19 is prospective, so this is the library's reading
/// of the enacted text, not of guidance in force. The perpetrator's age, which the 2021 Act also requires to be 16 or
/// over, is not recorded.</para>
/// <para>The check never throws for facts that fail the criteria — that is what its findings are for.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ReviewCriteria
{
    /// <summary>Checks the facts of a death against the criteria of <paramref name="regime"/>.</summary>
    /// <param name="circumstances">The recorded facts.</param>
    /// <param name="regime">The regime whose criteria apply; see <see cref="ReviewPolicy.RegimeOn"/>.</param>
    /// <returns>The outcome and one finding per criterion (REV-001 age, REV-002 relationship, REV-003 how the death came about).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CriteriaAssessment Assess(ReviewCircumstances circumstances, ReviewRegime regime)
    {
        Preconditions.CheckNotNull(circumstances);
        Preconditions.CheckNotNull(regime);
        bool dardr = regime == ReviewRegime.DomesticAbuseRelatedDeathReview;
        var findings = new Finding[3];
        bool anyUnmet = false;
        bool anyMissing = false;

        void Report(int index, ReviewCriterion criterion, bool? met, string message, string figure, SourceDocument source)
        {
            anyUnmet |= met == false;
            anyMissing |= met is null;
            findings[index] = new Finding(
                criterion.Id,
                met == true ? FindingSeverity.Information : FindingSeverity.Warning,
                "notification.circumstances." + criterion.Fact,
                message,
                [
                    new FindingFigure("regime", regime.Abbreviation),
                    new FindingFigure(criterion.Title, figure),
                    new FindingFigure("criterion", met switch { true => "met", false => "not met", null => "not recorded" }),
                ],
                source);
        }

        var ageSource = dardr ? ReviewSources.DomesticAbuseAct2021Sections1And2 : ReviewSources.DomesticViolenceCrimeAndVictimsAct2004Section9;
        switch (circumstances.VictimAgedSixteenOrOver)
        {
            case true:
                Report(0, ReviewCriterion.VictimAge, true, $"The victim was aged 16 or over, as a {regime.Title} requires.", "yes", ageSource);
                break;
            case false:
                Report(0, ReviewCriterion.VictimAge, false, $"The victim was under 16; a {regime.Title} covers only the death of a person aged 16 or over.", "no", ageSource);
                break;
            default:
                Report(0, ReviewCriterion.VictimAge, null, "Whether the victim was aged 16 or over is not recorded.", "not recorded", ageSource);
                break;
        }

        var relationshipSource = dardr ? ReviewSources.DomesticAbuseAct2021Sections1And2 : ReviewSources.DomesticViolenceCrimeAndVictimsAct2004Section9;
        if (circumstances.Relationship is not { } relationship)
        {
            Report(1, ReviewCriterion.Relationship, null, "The relationship to the victim of the person whose conduct the death appears to have resulted from is not recorded.", "not recorded", relationshipSource);
        }
        else if (dardr)
        {
            Report(1, ReviewCriterion.Relationship, relationship.PersonallyConnected,
                relationship.PersonallyConnected
                    ? $"The death appears to have resulted from the conduct of {relationship.Description}, who is personally connected to the victim (Domestic Abuse Act 2021 s.2)."
                    : $"The death appears to have resulted from the conduct of {relationship.Description}, who is not personally connected to the victim within the Domestic Abuse Act 2021 s.2 (partners, former partners and relatives are; a household member as such is not); a DARDR covers only a death from domestic abuse.",
                relationship.Description, relationshipSource);
        }
        else
        {
            Report(1, ReviewCriterion.Relationship, relationship.CoversDomesticHomicideReview,
                relationship.CoversDomesticHomicideReview
                    ? $"The death appears to have resulted from the conduct of {relationship.Description}, which s.9(1) covers."
                    : $"The death appears to have resulted from the conduct of {relationship.Description}; s.9(1) covers only a relative, a current or former intimate partner, or a member of the same household.",
                relationship.Description, relationshipSource);
        }

        if (circumstances.Death is not { } death)
        {
            Report(2, ReviewCriterion.Death, null, "How the death came about is not recorded.", "not recorded", regime.Basis);
        }
        else if (!death.IsReviewable)
        {
            Report(2, ReviewCriterion.Death, false,
                dardr
                    ? "The death is recorded as neither resulting from violence or abuse nor a suicide where abuse is a factor; a DARDR covers only a death that has, or appears to have, resulted from domestic abuse."
                    : "The death is recorded as neither resulting from violence, abuse or neglect nor a suicide where abuse is a factor; s.9(1) covers only a death that has, or appears to have, resulted from violence, abuse or neglect.",
                death.Description, regime.Basis);
        }
        else if (death == DeathCircumstance.SuicideWhereAbuseIsAFactor)
        {
            Report(2, ReviewCriterion.Death, true,
                dardr
                    ? "The death is a suicide where domestic abuse is a factor, which a DARDR covers."
                    : "The death is a suicide where domestic abuse is a factor, which the 2016 statutory guidance says should also be reviewed.",
                death.Description, dardr ? regime.Basis : ReviewSources.StatutoryGuidance2016);
        }
        else
        {
            Report(2, ReviewCriterion.Death, true,
                dardr
                    ? "The death has, or appears to have, resulted from violence, abuse or neglect; for a DARDR the partnership judges whether that was domestic abuse within the Domestic Abuse Act 2021 s.1."
                    : "The death has, or appears to have, resulted from violence, abuse or neglect, which s.9(1) covers.",
                death.Description, regime.Basis);
        }

        var outcome = anyUnmet ? CriteriaOutcome.NotMet : anyMissing ? CriteriaOutcome.Undetermined : CriteriaOutcome.Met;
        return new CriteriaAssessment(regime, circumstances, outcome, findings);
    }
}
