// GET an evidence file as it was uploaded, to members of its workspace only (another workspace's
// is 404): with its own type, as an attachment, never sniffed or rendered (lib/http/attachment.ts).
import { attachmentHeaders } from '@/lib/http/attachment';
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZEvidenceUploadRef } from '@/lib/schemas/evidence';
import { readEvidenceUpload } from '@/lib/server/evidence/read-evidence-upload';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; uploadId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('workspace.read', async (_request, { membership }) => {
    const { uploadId } = parseInput(ZEvidenceUploadRef, params);
    const upload = await readEvidenceUpload({ workspaceId: membership.workspace.id, uploadId });
    return new Response(new Uint8Array(upload.bytes), { headers: attachmentHeaders(upload) });
  });
  return handle(request, context);
}
