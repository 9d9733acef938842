using System;
using KentCsp.Domain.Meetings;
using KentCsp.Domain.Partnership;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Meetings;

public class ReportAndAttendanceTest
{
    private static readonly SourceDocument Source = new("A report", new LocalDate(2017, 7, 19));

    private static Report Report(string[]? by = null, string to = "Kent Community Safety Partnership", string subject = "Subject", string summary = "Summary", string[]? recommendations = null, string? classificationText = "For Information") =>
        new(by ?? ["An Author - Head of Service"], to, new LocalDate(2017, 7, 19), subject, summary, recommendations ?? ["Note the report."], classificationText, Classification.Unrestricted, Source);

    [Fact]
    public void Report_KeepsEveryHeadingLine()
    {
        var report = Report(classificationText: " For Information ");
        Assert.Equal("For Information", report.ClassificationText);
        Assert.Equal("Subject (2017-07-19)", report.ToString());
        Assert.Null(Report(classificationText: null).ClassificationText);
        Assert.Empty(Report(recommendations: []).Recommendations);
    }

    [Fact]
    public void Report_NoAuthor_Throws()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => Report(by: []));
        Assert.Equal("by", exception.ParamName);
        Assert.StartsWith("by must name at least one author.", exception.Message);
    }

    [Theory]
    [InlineData("to")]
    [InlineData("subject")]
    [InlineData("summary")]
    [InlineData("classificationText")]
    [InlineData("by[1]")]
    [InlineData("recommendations[0]")]
    public void Report_BlankText_NamesTheParameter(string paramName)
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => paramName switch
        {
            "to" => Report(to: " "),
            "subject" => Report(subject: ""),
            "summary" => Report(summary: "\t"),
            "classificationText" => Report(classificationText: " "),
            "by[1]" => Report(by: ["One", " "]),
            _ => Report(recommendations: [""]),
        });
        Assert.Equal(paramName, exception.ParamName);
    }

    [Fact]
    public void Report_NullArguments_Throw()
    {
        var date = new LocalDate(2017, 7, 19);
        Assert.Throws<ArgumentNullException>(() => new Report(["A"], "To", date, "S", "S", [], null, null!, Source));
        Assert.Throws<ArgumentNullException>(() => new Report(["A"], "To", date, "S", "S", [], null, Classification.Restricted, null!));
        Assert.Throws<ArgumentNullException>(() => new Report(null!, "To", date, "S", "S", [], null, Classification.Restricted, Source));
        Assert.Throws<ArgumentNullException>(() => new Report(["A"], "To", date, "S", "S", null!, null, Classification.Restricted, Source));
    }

    [Fact]
    public void Report_Equality_ComparesEveryMember()
    {
        var date = new LocalDate(2017, 7, 19);
        EqualityAssert.Contract(
            Report(),
            Report(),
            Report(by: ["Another Author"]),
            Report(to: "Working Group"),
            Report(subject: "Other"),
            Report(summary: "Other"),
            Report(recommendations: []),
            Report(classificationText: null),
            new Report(["An Author - Head of Service"], "Kent Community Safety Partnership", date.PlusDays(1), "Subject", "Summary", ["Note the report."], "For Information", Classification.Unrestricted, Source),
            new Report(["An Author - Head of Service"], "Kent Community Safety Partnership", date, "Subject", "Summary", ["Note the report."], "For Information", Classification.Restricted, Source),
            new Report(["An Author - Head of Service"], "Kent Community Safety Partnership", date, "Subject", "Summary", ["Note the report."], "For Information", Classification.Unrestricted, Source.At("section 7")));
    }

    [Fact]
    public void Attendee_PrintsNameAndPost()
    {
        Assert.Equal("Mr P M Hill, OBE (Chairman)", new Attendee(" Mr P M Hill, OBE ", " Chairman ").ToString());
        Assert.Equal("Mrs H Bland", new Attendee("Mrs H Bland").ToString());
        Assert.Equal("name", Assert.Throws<ArgumentRefusedException>(() => new Attendee(" ")).ParamName);
        Assert.Equal("post", Assert.Throws<ArgumentRefusedException>(() => new Attendee("Mrs H Bland", "")).ParamName);
        var council = new Organisation(Builders.Id("kcc"), "Kent County Council");
        EqualityAssert.Contract(
            new Attendee("Mr S Peerbux", null, council),
            new Attendee("Mr S Peerbux", null, new Organisation(Builders.Id("kcc"), "Kent County Council")),
            new Attendee("Mr S Peerbux"),
            new Attendee("Mr S Peerbux", "Head of Community Safety", council),
            new Attendee("Ms S Brinson", null, council));
    }

    [Fact]
    public void Attendance_SameNameTwice_NamesTheSecond()
    {
        var exception = Assert.Throws<ArgumentRefusedException>(() => new Attendance(
            [new Attendee("Mr Rivers"), new Attendee("Mrs H Bland")],
            [new Attendee("Ms S Brinson")],
            [new Attendee("Mrs H Bland")]));
        Assert.Equal("apologies[0].name", exception.ParamName);
        Assert.StartsWith("apologies[0].name repeats 'Mrs H Bland', already listed at present[1]; a person appears once in an attendance record.", exception.Message);
        Assert.Equal("present[1].name", Assert.Throws<ArgumentRefusedException>(() => new Attendance([new Attendee("A"), new Attendee("A")], [], [])).ParamName);
    }

    [Fact]
    public void Attendance_CountsAndEquality()
    {
        var attendance = new Attendance([new Attendee("A"), new Attendee("B")], [new Attendee("C")], [new Attendee("D")]);
        Assert.Equal("2 present, 1 in attendance, 1 apology", attendance.ToString());
        Assert.Equal("0 present, 0 in attendance, 0 apologies", Attendance.None.ToString());
        Assert.Equal("inAttendance", Assert.Throws<ArgumentRefusedException>(() => new Attendance([], [null!], [])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new Attendance([], [], null!));
        EqualityAssert.Contract(
            attendance,
            new Attendance([new Attendee("A"), new Attendee("B")], [new Attendee("C")], [new Attendee("D")]),
            new Attendance([new Attendee("B"), new Attendee("A")], [new Attendee("C")], [new Attendee("D")]),
            new Attendance([new Attendee("A"), new Attendee("B")], [], [new Attendee("C"), new Attendee("D")]),
            new Attendance([new Attendee("A"), new Attendee("B")], [new Attendee("C")], []),
            Attendance.None);
    }
}
