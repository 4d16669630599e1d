import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useRef, useState, type ChangeEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';

const ARTICLE = 'api::article.article';
export const WORD_IMPORT_PATH = '/api/editor/word-import';
const ACCEPT = '.docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword';

interface ImportUnit {
  documentId: string;
  name: string;
}

interface ImportAnswer {
  data?: { outcome: 'created' | 'updated'; documentId: string; title: string; warnings: string[] };
  error?: { status?: number; message: string; details?: { code?: string; units?: ImportUnit[] } };
}

/** The route's own refusals are in Vietnamese (details.code); the sign-in and size checks before it are not. */
function refusalMessage(error: ImportAnswer['error']): string {
  if (error?.details?.code) return error.message;
  if (error?.status === 401) return 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.';
  if (error?.status === 403) return 'Bạn không có quyền tạo bài viết.';
  if (error?.status === 413) return 'Tệp quá lớn để tải lên.';
  return 'Không nhập được tệp Word. Hãy thử lại.';
}

/**
 * "Nhập từ Word" on the article list and an article's edit view (issue 24): the chosen file goes to the CMS's Word
 * import route with the editor's admin token; its draft (new, or the one of an earlier import of the same file) then
 * opens. An editor of several units is asked which one.
 */
export function WordImportButton({ fullWidth = false }: { fullWidth?: boolean }) {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<{ file: File; units: ImportUnit[]; unit: string } | null>(null);
  if (slug !== ARTICLE) return null;

  const send = async (file: File, unit?: string) => {
    setBusy(true);
    try {
      const form = new FormData();
      form.append('files', file, file.name);
      if (unit) form.append('unit', unit);
      const { data: answer } = await post<ImportAnswer>(WORD_IMPORT_PATH, form, { validateStatus: () => true });
      if (answer.data) {
        setChoice(null);
        const verb = answer.data.outcome === 'created' ? 'Đã tạo bản nháp' : 'Đã cập nhật bản nháp';
        toggleNotification({ type: 'success', message: `${verb} "${answer.data.title}" từ tệp Word.` });
        for (const warning of answer.data.warnings) toggleNotification({ type: 'warning', message: warning });
        if (answer.data.documentId === id) window.location.reload();
        else navigate(`/content-manager/collection-types/${ARTICLE}/${answer.data.documentId}`);
      } else if (answer.error?.details?.code === 'unit-required' && answer.error.details.units?.length) {
        setChoice({ file, units: answer.error.details.units, unit: answer.error.details.units[0]!.documentId });
      } else {
        toggleNotification({ type: 'danger', message: refusalMessage(answer.error) });
      }
    } catch {
      toggleNotification({ type: 'danger', message: 'Không nhập được tệp Word. Hãy thử lại; nếu vẫn lỗi, hãy đăng nhập lại.' });
    } finally {
      setBusy(false);
    }
  };

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void send(file);
  };

  return (
    <>
      <input ref={input} type="file" accept={ACCEPT} hidden aria-label="Chọn tệp Word" onChange={chosen} />
      <Button variant="secondary" size="S" fullWidth={fullWidth} loading={busy} disabled={busy} onClick={() => input.current?.click()}>
        Nhập từ Word
      </Button>
      <Modal.Root open={choice !== null} onOpenChange={(open: boolean) => !open && setChoice(null)}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>Nhập từ Word: chọn đơn vị</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Field.Root name="unit">
              <Field.Label>Đơn vị nhận bài viết</Field.Label>
              <SingleSelect value={choice?.unit} onChange={(value: string | number) => choice && setChoice({ ...choice, unit: String(value) })}>
                {choice?.units.map((unit) => (
                  <SingleSelectOption key={unit.documentId} value={unit.documentId}>
                    {unit.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">Hủy</Button>
            </Modal.Close>
            <Flex gap={2}>
              <Button loading={busy} disabled={busy} onClick={() => choice && void send(choice.file, choice.unit)}>
                Nhập
              </Button>
            </Flex>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}

/** In the edit view's side panel: full width, like the panel's other buttons. */
export const WordImportPanelButton = () => <WordImportButton fullWidth />;
