using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KentCsp.Domain.Reviews;
using KentCsp.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace KentCsp.Domain.Tests.Docs;

/// <summary>docs/reviews.md shows the state machine, the timetable and the command's output as the library has them.</summary>
public class ReviewDocsTest
{
    private static readonly string Page = RepositoryPaths.ReadText("docs/reviews.md");

    [Fact]
    public void StateDiagram_HasExactlyTheCataloguesMoves()
    {
        var diagram = Page.Substring(Page.IndexOf("```mermaid\n", System.StringComparison.Ordinal));
        diagram = diagram.Substring(0, diagram.IndexOf("\n```\n", System.StringComparison.Ordinal) + 1);
        var drawn = Regex.Matches(diagram, @"^\s+(\w+) --> (\w+)", RegexOptions.Multiline)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value))
            .OrderBy(move => move.Item1 + ">" + move.Item2, System.StringComparer.Ordinal)
            .ToList();
        var moves = ReviewStep.All.SelectMany(from => from.NextSteps.Select(to => (from.Name, to.Name)))
            .OrderBy(move => move.Item1 + ">" + move.Item2, System.StringComparer.Ordinal)
            .ToList();
        Assert.Equal(moves, drawn);
        Assert.Contains("    [*] --> Notified\n", diagram);
        foreach (var closed in ReviewStep.All.Where(step => step.IsClosed))
        {
            Assert.Contains($"    {closed.Name} --> [*]\n", diagram);
        }
    }

    [Fact]
    public void ProcessOrder_IsTheWalkOfTheTable()
    {
        // The order the page gives, and an independent walk of the moves the diagram draws, both equal ReviewStep.All.
        var paragraph = Page.Substring(Page.IndexOf("\nNotified, Decided, ", System.StringComparison.Ordinal) + 1);
        paragraph = paragraph.Substring(0, paragraph.IndexOf("\n\n", System.StringComparison.Ordinal)).Replace("\n", " ").TrimEnd('.');
        var documented = paragraph.Split(", ");
        Assert.Equal(ReviewStep.All.Select(step => step.Name), documented);

        var walked = new List<ReviewStep>();
        void Visit(ReviewStep step)
        {
            if (walked.Contains(step))
            {
                return;
            }
            walked.Add(step);
            foreach (var next in step.NextSteps)
            {
                Visit(next);
            }
        }
        Visit(ReviewStep.Notified);
        Assert.Equal(ReviewStep.All, walked);
        Assert.Equal(ReviewStep.All.OrderBy(step => step.Value), ReviewStep.All);
    }

    [Fact]
    public void Timetable_ShowsTheDefaults()
    {
        Assert.Equal(Period.FromMonths(1), ReviewTimetable.Default.DecisionWithin);
        Assert.Equal(Period.FromMonths(6), ReviewTimetable.Default.CompletionWithin);
        Assert.Contains("| decision (`DecisionWithin`) | 1 month | the notification |", Page);
        Assert.Contains("| completion (`CompletionWithin`) | 6 months | the decision to review |", Page);
    }

    [Fact]
    public void CommandExample_IsTheToolsOutput()
    {
        string approved = RepositoryPaths.ReadText("tests/KentCsp.Cli.Tests/ReviewCommandsTest.Reviews_FileAndDate_ShowsOverdueFirst.approved.txt");
        Assert.Contains("$ kentcsp reviews register.json --as-at 2024-08-15\n" + approved + "```\n", Page);
    }

    [Fact]
    public void RefusalReasons_AreAllNamed()
    {
        foreach (var reason in new[] { ReviewRefusalReason.NotAllowedAtStep, ReviewRefusalReason.DateOutOfOrder, ReviewRefusalReason.ContradictsCircumstances })
        {
            Assert.Contains($"`{reason.Name}`", Page);
        }
    }
}
