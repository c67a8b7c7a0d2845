import type { CoreIssue } from '../core/issue';
import type { Profile } from '../core/profile';
import { readStoredProfiles } from '../core/stored-profiles';
import { onKeyChanged, readKey, writeKeys } from './storage';

// The saved entries live in storage.local under one key. (The versioned, synced store is issue 5.)
const PROFILES_KEY = 'profiles';

export async function loadProfiles(): Promise<{ profiles: Profile[]; issues: CoreIssue[] }> {
  return readStoredProfiles(await readKey('local', PROFILES_KEY));
}

/** Adds or replaces one entry by id. Works on the raw stored list, so an entry this version
 *  cannot read is carried along untouched instead of being dropped by a save. */
export async function upsertProfile(profile: Profile): Promise<void> {
  const raw = await rawList();
  const index = raw.findIndex((item) => idOf(item) === profile.id);
  if (index === -1) raw.push(profile);
  else raw[index] = profile;
  await writeKeys('local', { [PROFILES_KEY]: raw });
}

/** Removes one entry; returns its former position so that an undo can put it back there. */
export async function deleteProfile(id: string): Promise<number> {
  const raw = await rawList();
  const index = raw.findIndex((item) => idOf(item) === id);
  if (index !== -1) raw.splice(index, 1);
  await writeKeys('local', { [PROFILES_KEY]: raw });
  return index;
}

/** Undo of a delete: the entry goes back where it was. */
export async function restoreProfile(profile: Profile, index: number): Promise<void> {
  const raw = (await rawList()).filter((item) => idOf(item) !== profile.id);
  raw.splice(index < 0 ? raw.length : Math.min(index, raw.length), 0, profile);
  await writeKeys('local', { [PROFILES_KEY]: raw });
}

export function onProfilesChanged(listener: (profiles: Profile[]) => void): () => void {
  return onKeyChanged('local', PROFILES_KEY, (value) => listener(readStoredProfiles(value).profiles));
}

export function newProfileId(): string {
  return crypto.randomUUID();
}

async function rawList(): Promise<unknown[]> {
  const value = await readKey('local', PROFILES_KEY);
  return Array.isArray(value) ? [...value] : [];
}

const idOf = (item: unknown): unknown => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined);
