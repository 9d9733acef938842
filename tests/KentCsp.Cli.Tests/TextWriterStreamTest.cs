using System.IO;
using System.Text;
using KentCsp.Cli;
using Xunit;

namespace KentCsp.Cli.Tests;

public class TextWriterStreamTest
{
    [Fact]
    public void Write_CharactersSplitBetweenWrites_AreWrittenWhole()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("£39,661.00 – “quoted” 😀");
        var text = new StringWriter();
        using (var stream = new TextWriterStream(text))
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                stream.Write(bytes, i, 1);
            }
        }
        Assert.Equal("£39,661.00 – “quoted” 😀", text.ToString());
    }
}
