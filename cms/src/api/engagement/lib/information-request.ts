import type { Core } from '@strapi/strapi';
import { EMAIL } from './feedback';
import { fieldError, type FieldError } from './messages';
import { plainLine, plainText, textLength } from './text';

export const INFORMATION_REQUEST = 'api::information-request.information-request';

/**
 * Fields POST /api/public/information-requests accepts; `unit` is the slug of the unit asked (else derived from the
 * page, lib/public-unit.ts), `website` the honeypot, `returnTo` the no-JS form's page.
 */
export const INFORMATION_REQUEST_FIELDS = ['requesterName', 'address', 'phone', 'email', 'content', 'purpose', 'unit', 'website', 'returnTo'] as const;

/** Luật Tiếp cận thông tin Điều 24: who asks, where they live, how to reach them, what they ask for and why. */
export const REQUEST_LIMITS = {
  name: { min: 2, max: 150 },
  address: { min: 5, max: 300 },
  phone: { max: 50 },
  email: { max: 200 },
  content: { min: 10, max: 4000 },
  purpose: { max: 1000 },
} as const;

export const REQUEST_MESSAGES = {
  nameRequired: 'Vui lòng nhập họ và tên người yêu cầu.',
  nameLength: `Họ và tên phải có từ ${REQUEST_LIMITS.name.min} đến ${REQUEST_LIMITS.name.max} ký tự.`,
  addressRequired: 'Vui lòng nhập nơi cư trú hoặc địa chỉ liên hệ.',
  addressLength: `Địa chỉ phải có từ ${REQUEST_LIMITS.address.min} đến ${REQUEST_LIMITS.address.max} ký tự.`,
  phoneInvalid: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và dấu “+” (tối đa 50 ký tự).',
  emailRequired: 'Vui lòng nhập địa chỉ email để nhận thông tin.',
  emailInvalid: 'Địa chỉ email không hợp lệ.',
  contentRequired: 'Vui lòng nêu thông tin cần cung cấp.',
  contentLength: `Nội dung yêu cầu phải có từ ${REQUEST_LIMITS.content.min} đến 4.000 ký tự.`,
  purposeLength: `Mục đích sử dụng thông tin không được dài quá 1.000 ký tự.`,
  thanks: (reference: string, due: string) =>
    `Đã tiếp nhận yêu cầu cung cấp thông tin số ${reference}. Cơ quan sẽ trả lời chậm nhất ngày ${due}.`,
} as const;

/** Stable codes for the no-JS form's `loi` parameter; the site shows its own text for each. */
export const REQUEST_ERROR_CODES = {
  nameRequired: 'thieu-ho-ten',
  nameLength: 'ho-ten-do-dai',
  addressRequired: 'thieu-dia-chi',
  addressLength: 'dia-chi-do-dai',
  phoneInvalid: 'dien-thoai-khong-hop-le',
  emailRequired: 'thieu-email',
  emailInvalid: 'email-khong-hop-le',
  contentRequired: 'thieu-noi-dung',
  contentLength: 'noi-dung-do-dai',
  purposeLength: 'muc-dich-do-dai',
} as const;

const PHONE = /^[0-9 .()+-]{6,50}$/;

export interface InformationRequestSubmission {
  requesterName: string;
  address: string;
  phone: string | null;
  email: string;
  content: string;
  purpose: string | null;
}

export function validateInformationRequest(fields: Record<string, string>): { value?: InformationRequestSubmission; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: string, key: keyof typeof REQUEST_ERROR_CODES) =>
    errors.push(fieldError(field, REQUEST_ERROR_CODES[key], REQUEST_MESSAGES[key]));

  const requesterName = plainLine(fields.requesterName ?? '');
  if (requesterName === '') add('requesterName', 'nameRequired');
  else if (textLength(requesterName) < REQUEST_LIMITS.name.min || textLength(requesterName) > REQUEST_LIMITS.name.max) add('requesterName', 'nameLength');

  const address = plainLine(fields.address ?? '');
  if (address === '') add('address', 'addressRequired');
  else if (textLength(address) < REQUEST_LIMITS.address.min || textLength(address) > REQUEST_LIMITS.address.max) add('address', 'addressLength');

  const phone = plainLine(fields.phone ?? '');
  if (phone !== '' && !PHONE.test(phone)) add('phone', 'phoneInvalid');

  const email = plainLine(fields.email ?? '');
  if (email === '') add('email', 'emailRequired');
  else if (email.length > REQUEST_LIMITS.email.max || !EMAIL.test(email)) add('email', 'emailInvalid');

  const content = plainText(fields.content ?? '');
  if (content === '') add('content', 'contentRequired');
  else if (textLength(content) < REQUEST_LIMITS.content.min || textLength(content) > REQUEST_LIMITS.content.max) add('content', 'contentLength');

  const purpose = plainText(fields.purpose ?? '');
  if (textLength(purpose) > REQUEST_LIMITS.purpose.max) add('purpose', 'purposeLength');

  if (errors.length > 0) return { errors };
  return { errors, value: { requesterName, address, phone: phone || null, email, content, purpose: purpose || null } };
}

/**
 * Stores the request through the Document Service, so the content rule gives it its reference number, received date
 * and legal deadline; `handling` and `reply` are never taken from the request. It belongs to the unit asked: that unit's
 * editors handle it.
 */
export async function storeInformationRequest(
  strapi: Core.Strapi,
  submission: InformationRequestSubmission,
  fingerprint: string,
  unitDocumentId: string,
): Promise<{ referenceNumber: string; receivedOn: string; dueDate: string }> {
  const stored = (await strapi.documents(INFORMATION_REQUEST).create({
    data: { ...submission, handling: 'received', clientFingerprint: fingerprint, unit: unitDocumentId } as never,
  })) as unknown as { referenceNumber: string; receivedOn: string; dueDate: string };
  return { referenceNumber: stored.referenceNumber, receivedOn: stored.receivedOn, dueDate: stored.dueDate };
}
