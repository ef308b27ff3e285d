using System.IO;
using Ipv6Tools.Diagnostics;
using Xunit;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>Linux's per-interface IPv6 switches, read from a folder laid out as /proc/sys/net/ipv6/conf.</summary>
public sealed class LinkSettingsTests : System.IDisposable
{
    private readonly System.Collections.Generic.List<string> _roots = [];

    public void Dispose() => _roots.ForEach(root => Directory.Delete(root, true));

    [Fact]
    public void ReadsEachSwitchFromItsFile()
    {
        var root = Conf(("eth0", "accept_ra", "2\n"), ("eth0", "forwarding", "1\n"),
            ("eth0", "autoconf", "0\n"), ("eth0", "accept_ra_mtu", "1\n"), ("eth0", "mtu", "1480\n"));

        var settings = LinkSettings.Read(root, "eth0")!;

        Assert.Equal((2, true, false, true, 1480), (settings.AcceptRa, settings.Forwarding, settings.Autoconf, settings.AcceptRaMtu, settings.Mtu));
    }

    [Fact]
    public void LeavesAMissingOrUnreadableSwitchUnknown()
    {
        var root = Conf(("eth0", "accept_ra", "lots\n"));

        var settings = LinkSettings.Read(root, "eth0")!;

        Assert.Null(settings.AcceptRa);
        Assert.Null(settings.Forwarding);
        Assert.Null(settings.TakesAdvertisements);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../eth0")]
    [InlineData("absent0")]
    public void HasNoSettingsForANameWithoutAFolderOfItsOwn(string name)
    {
        var root = Conf(("eth0", "accept_ra", "1\n"));

        Assert.Null(LinkSettings.Read(root, name));
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(0, true, false)]
    [InlineData(1, false, true)]
    [InlineData(1, true, false)]
    [InlineData(2, false, true)]
    [InlineData(2, true, true)]
    public void TakesAdvertisementsAsTheKernelDecides(int acceptRa, bool forwarding, bool takes)
    {
        Assert.Equal(takes, new LinkSettings { AcceptRa = acceptRa, Forwarding = forwarding }.TakesAdvertisements);
    }

    [Theory]
    [InlineData(0, false, false)]    // RouterDiscoveryDisabled
    [InlineData(0, true, false)]
    [InlineData(1, false, true)]     // RouterDiscoveryEnabled
    [InlineData(1, true, true)]
    [InlineData(2, false, null)]     // RouterDiscoveryDhcp
    public void TakesAdvertisementsAsWindowsRouterDiscoverySays(int discovery, bool forwarding, bool? takes)
    {
        Assert.Equal(takes, new LinkSettings { RouterDiscovery = (RouterDiscoveryBehavior)discovery, Forwarding = forwarding }.TakesAdvertisements);
    }

    [Theory]
    [InlineData("eth0", "net.ipv6.conf.eth0.accept_ra")]
    [InlineData("eth0.100", "net.ipv6.conf.eth0/100.accept_ra")]
    public void NamesTheSwitchAsSysctlReadsIt(string name, string expected)
    {
        Assert.Equal(expected, LinkSettings.SysctlName(name, "accept_ra"));
    }

    private string Conf(params (string Interface, string Name, string Value)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "i6t-conf-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        _roots.Add(root);
        foreach (var (nic, name, value) in files)
        {
            Directory.CreateDirectory(Path.Combine(root, nic));
            File.WriteAllText(Path.Combine(root, nic, name), value);
        }

        return root;
    }
}
