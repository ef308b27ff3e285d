using System;
using System.Management.Automation;
using System.Threading;

namespace Ipv6Tools.Commands;

/// <summary>
/// A cmdlet whose network work stops the moment the pipeline does: Ctrl+C (StopProcessing)
/// cancels the token every blocking call of the cmdlet waits on.
/// </summary>
public abstract class CancellableCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();

    protected CancellationToken CancellationToken => _cancellation.Token;

    protected override void StopProcessing() => _cancellation.Cancel();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cancellation.Dispose();
        }
    }
}
